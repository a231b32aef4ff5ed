// The page side of Lectern, linked into the module with --post-js (so it runs in the module's
// scope, once the runtime is defined and before main()). It turns browser files into calls to
// the C functions of web/platform_web.cpp and offers the page, and tests, `window.lectern`:
//
//   await lectern.ready;              // a frame has drawn the corpus; value: ms since page start
//   lectern.state();                  // {documents, tokens, types, languages, view, views, ...}
//   lectern.show('documents');        // switches view; false if there is no such view
//   await lectern.load('notes.txt');  // fetches a URL and adds it as a file
//   lectern.openFiles();              // the file picker (browsers allow it only in a user gesture)
(function () {
  'use strict';

  var input = document.getElementById('open-files');
  var loading = document.getElementById('loading');
  var runtimeReady = false;
  var resolveReady;
  var rejectReady;
  var ready = new Promise(function (resolve, reject) {
    resolveReady = resolve;
    rejectReady = reject;
  });

  // Copies the bytes into wasm memory for the call; C copies them again, so they are freed here.
  function addFile(name, buffer) {
    var bytes = new Uint8Array(buffer);
    var ptr = Module._malloc(Math.max(bytes.length, 1));
    // Read HEAPU8 only after _malloc: growing the memory replaces the view.
    Module.HEAPU8.set(bytes, ptr);
    try {
      return Module.ccall('lectern_add_file', 'number', ['string', 'number', 'number'],
                          [name, ptr, bytes.length]) === 1;
    } finally {
      Module._free(ptr);
    }
  }

  function fileName(url) {
    var path = new URL(url, document.baseURI).pathname;
    return decodeURIComponent(path.substring(path.lastIndexOf('/') + 1)) || 'download.txt';
  }

  input.addEventListener('change', async function () {
    var files = Array.from(input.files);
    input.value = '';  // so choosing the same file again fires change again
    for (var file of files) addFile(file.name, await file.arrayBuffer());
  });

  var previousInit = Module.onRuntimeInitialized;
  Module.onRuntimeInitialized = function () {
    runtimeReady = true;
    if (previousInit) previousInit();
  };
  Module.onAbort = function (reason) {
    loading.textContent = 'Lectern stopped: ' + reason;
    loading.hidden = false;
    rejectReady(new Error('Lectern stopped: ' + reason));
  };

  // Called from C (EM_JS in platform_web.cpp).
  Module.lecternOpenFiles = function () { input.click(); };
  Module.lecternCorpusDrawn = function () {
    loading.hidden = true;
    resolveReady(performance.now());
  };

  window.lectern = {
    ready: ready,
    state: function () {
      if (!runtimeReady) return null;
      return JSON.parse(Module.ccall('lectern_state_json', 'string', [], []));
    },
    show: function (view) {
      return runtimeReady && Module.ccall('lectern_show', 'number', ['string'], [view]) === 1;
    },
    load: async function (url) {
      var response = await fetch(url);
      if (!response.ok) throw new Error('Could not load ' + url + ': HTTP ' + response.status);
      return addFile(fileName(response.url || url), await response.arrayBuffer());
    },
    openFiles: function () { input.click(); },
  };
})();
