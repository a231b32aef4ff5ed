// The page side of Lectern, linked into the module with --post-js (so it runs in the module's
// scope, once the runtime is defined and before main()). It turns browser files (pickers, drag
// and drop, paste, ?corpus= URLs) into calls to the C functions of web/platform_web.cpp, keeps
// the URL and the saved settings, and offers the page, tests and a parent page `window.lectern`:
//
//   await lectern.ready;              // a frame has drawn the corpus; value: ms since page start
//   lectern.state();                  // {documents, view, viewState, filter, chips, ...}
//   lectern.show('keywords');         // switches view; false if there is no such view
//   lectern.setFilter({query: 'war', languages: ['en']});  lectern.back();  lectern.forward();
//   lectern.set('keywords', 'measure', 'log_ratio');       // a view's own setting
//   lectern.open('doc.txt', 120);     // the Reader at byte 120 of a document
//   await lectern.load('notes.txt');  // fetches a URL and adds it as a file
//   lectern.paste('some text');       // as if pasted: a new document (or into a text field)
//   lectern.remove(['doc.txt']);  lectern.cancel();
//   lectern.exportTable('csv');       // {name, body} of the current view's table
//   lectern.settings({theme: 'light'});
//   lectern.memory();                 // {wasm, js}: bytes of wasm memory and of the JS heap
//   lectern.timings();                // start-up steps: [{step, at, ms}], ms since page start
//   lectern.openFiles(); lectern.openFolder();  // pickers (browsers allow them only in a gesture)
// A parent page can call the same through postMessage: {lectern: 'state', args: [], id: 1}
// is answered with {lectern: 'reply', id: 1, result} (or error); the app posts
// {lectern: 'ready'} to its parent once the corpus is drawn.
(function () {
  'use strict';

  var filesInput = document.getElementById('open-files');
  var folderInput = document.getElementById('open-folder');
  var loading = document.getElementById('loading');
  var settingsKey = 'lectern.settings';
  var runtimeReady = false;
  var resolveReady;
  var rejectReady;
  var ready = new Promise(function (resolve, reject) {
    resolveReady = resolve;
    rejectReady = reject;
  });
  var params = new URLSearchParams(window.location.search);

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

  function command(name, args) {
    if (!runtimeReady) return null;
    var json = JSON.stringify(Object.assign({ command: name }, args || {}));
    return JSON.parse(Module.ccall('lectern_command', 'string', ['string'], [json]));
  }

  function fileName(url) {
    var path = new URL(url, document.baseURI).pathname;
    return decodeURIComponent(path.substring(path.lastIndexOf('/') + 1)) || 'download.txt';
  }

  async function load(url) {
    var response = await fetch(url);
    if (!response.ok) throw new Error('Could not load ' + url + ': HTTP ' + response.status);
    return addFile(fileName(response.url || url), await response.arrayBuffer());
  }

  // Files of a picker, in the order given; a folder's keep their path inside it as their name.
  // All are read before the first is added, so they are indexed as one build rather than
  // trickling into several.
  // The reads run in parallel: one after another, each waits for the page's next task, which
  // behind a busy frame loop makes a folder of hundreds of files take seconds.
  async function addFileList(files) {
    var buffers = await Promise.all(files.map(function (file) { return file.arrayBuffer(); }));
    files.forEach(function (file, i) { addFile(file.webkitRelativePath || file.name, buffers[i]); });
  }

  for (var input of [filesInput, folderInput]) {
    input.addEventListener('change', async function (event) {
      var files = Array.from(event.target.files);
      event.target.value = '';  // so choosing the same files again fires change again
      await addFileList(files);
    });
  }

  // Drag and drop of files and whole folders (walked through the entries API).
  function readAllEntries(reader) {
    return new Promise(function (resolve, reject) {
      var all = [];
      (function next() {
        // readEntries answers in batches (100 in Chromium) until it answers with none.
        reader.readEntries(function (batch) {
          if (batch.length === 0) return resolve(all);
          all = all.concat(batch);
          next();
        }, reject);
      })();
    });
  }

  // The files under a dropped entry, depth first in name order, as {name, buffer}.
  async function readEntry(entry, into) {
    if (entry.isFile) {
      var file = await new Promise(function (resolve, reject) { entry.file(resolve, reject); });
      into.push({ name: entry.fullPath.replace(/^\//, ''), buffer: await file.arrayBuffer() });
    } else if (entry.isDirectory) {
      var children = await readAllEntries(entry.createReader());
      children.sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
      var read = await Promise.all(children.map(function (child) { return readEntry(child, []); }));
      for (var files of read) into.push.apply(into, files);
    }
    return into;
  }

  var dragDepth = 0;
  document.addEventListener('dragenter', function (event) {
    event.preventDefault();
    dragDepth++;
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', function () {
    if (--dragDepth <= 0) {
      dragDepth = 0;
      document.body.classList.remove('dragging');
    }
  });
  document.addEventListener('dragover', function (event) { event.preventDefault(); });
  document.addEventListener('drop', async function (event) {
    event.preventDefault();
    dragDepth = 0;
    document.body.classList.remove('dragging');
    var items = Array.from(event.dataTransfer.items || []);
    // Entries must be taken before the first await: the DataTransfer is emptied after the event.
    var entries = items.map(function (item) {
      return item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
    });
    if (entries.some(function (entry) { return entry; })) {
      var read = [];
      for (var entry of entries) if (entry) await readEntry(entry, read);
      for (var file of read) addFile(file.name, file.buffer);
    } else {
      await addFileList(Array.from(event.dataTransfer.files || []));
    }
  });

  // Ctrl+V: into the app's text field being edited, or else the text becomes a document.
  document.addEventListener('paste', function (event) {
    var text = event.clipboardData && event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    command('paste', { text: text });
  });

  // The CJK font, when a corpus has characters DejaVu Sans lacks (web/fonts.h). Beside
  // index.html in dist/web; the one-file build has none, and from file:// nothing can be
  // fetched: the app is then given no bytes and says which characters stay without glyphs.
  Module.lecternFetchFont = function () {
    function give(buffer) {
      var bytes = new Uint8Array(buffer);
      var ptr = Module._malloc(Math.max(bytes.length, 1));
      Module.HEAPU8.set(bytes, ptr);
      try {
        Module.ccall('lectern_add_font', 'number', ['number', 'number'], [ptr, bytes.length]);
      } finally {
        Module._free(ptr);
      }
    }
    // A file:// page may not fetch (Chromium refuses with a console error): no attempt.
    if (window.location.protocol === 'file:') return give(new ArrayBuffer(0));
    fetch('fonts/cjk.ttf')
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.arrayBuffer();
      })
      .then(give, function () { give(new ArrayBuffer(0)); });
  };

  // Start-up steps for lectern.timings(); the app adds its own (platform::mark) up to the first
  // frame. Here the module's JS has run and the wasm is being fetched and compiled.
  performance.mark('lectern:script');
  var previousInit = Module.onRuntimeInitialized;
  Module.onRuntimeInitialized = function () {
    performance.mark('lectern:runtime');  // wasm compiled and instantiated, constructors run
    runtimeReady = true;
    if (previousInit) previousInit();
  };
  Module.onAbort = function (reason) {
    loading.textContent = 'Lectern stopped: ' + reason;
    loading.hidden = false;
    rejectReady(new Error('Lectern stopped: ' + reason));
  };

  // Called from C (EM_JS in platform_web.cpp).
  Module.lecternOpenFiles = function () { filesInput.click(); };
  Module.lecternOpenFolder = function () { folderInput.click(); };
  Module.lecternCorpusDrawn = function () {
    loading.hidden = true;
    resolveReady(performance.now());
    if (window.parent !== window) window.parent.postMessage({ lectern: 'ready' }, '*');
  };
  Module.lecternInitialLocation = function () {
    var location = {};
    for (var key of ['view', 'q', 'date', 'entity']) if (params.has(key)) location[key] = params.get(key);
    for (var list of ['lang', 'doc', 'corpus']) {
      if (params.has(list)) location[list] = params.getAll(list);
    }
    return location;
  };
  // The app is attached: ?corpus= URLs can be loaded now.
  Module.lecternStarted = function () {
    (async function () {
      for (var url of params.getAll('corpus')) {
        try {
          await load(url);
        } catch (error) {
          loading.textContent = error.message;
          loading.hidden = false;
          rejectReady(error);
        }
      }
    })();
  };
  Module.lecternPublishLocation = function (location) {
    var next = new URLSearchParams();
    for (var url of params.getAll('corpus')) next.append('corpus', url);
    for (var key of ['view', 'q', 'date', 'entity']) if (location[key]) next.set(key, location[key]);
    for (var list of ['lang', 'doc']) {
      for (var value of location[list] || []) next.append(list, value);
    }
    var url = window.location.pathname + '?' + next.toString() + window.location.hash;
    try {
      window.history.replaceState(null, '', url);
    } catch (error) {
      // Some file:// pages refuse replaceState; the app works the same without it.
    }
  };
  Module.lecternLoadSettings = function () {
    try {
      return window.localStorage.getItem(settingsKey) || '';
    } catch (error) {
      return '';  // storage blocked (a sandboxed iframe): defaults
    }
  };
  Module.lecternSaveSettings = function (json) {
    try {
      window.localStorage.setItem(settingsKey, json);
    } catch (error) {
      // Storage blocked: the setting lasts for this visit only.
    }
  };
  Module.lecternDownload = function (name, mimeType, bytes) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  };

  var api = {
    ready: ready,
    state: function () {
      if (!runtimeReady) return null;
      return JSON.parse(Module.ccall('lectern_state_json', 'string', [], []));
    },
    show: function (view) {
      return runtimeReady && Module.ccall('lectern_show', 'number', ['string'], [view]) === 1;
    },
    setFilter: function (filter) { return command('setFilter', { filter: filter }); },
    back: function () { return command('back'); },
    forward: function () { return command('forward'); },
    set: function (view, key, value) {
      return command('set', { view: view, key: key, value: value });
    },
    open: function (documentId, offset) {
      return command('open', { document: documentId, offset: offset || 0 });
    },
    remove: function (documentIds) { return command('remove', { documents: documentIds }); },
    cancel: function () { return command('cancel'); },
    paste: function (text) { return command('paste', { text: text }); },
    exportTable: function (format) { return command('export', { format: format }); },
    settings: function (settings) { return command('settings', settings); },
    load: load,
    // Bytes of wasm memory (it only grows) and of the JS heap (Chromium's performance.memory).
    memory: function () {
      return {
        wasm: Module.HEAPU8 ? Module.HEAPU8.buffer.byteLength : 0,
        js: performance.memory ? performance.memory.usedJSHeapSize : 0,
      };
    },
    openFiles: function () { filesInput.click(); },
    openFolder: function () { folderInput.click(); },
    // The steps of start-up in order: at = ms since the page started, ms = since the step before.
    timings: function () {
      var previous = 0;
      return performance.getEntriesByType('mark')
        .filter(function (mark) { return mark.name.indexOf('lectern:') === 0; })
        .map(function (mark) {
          var step = { step: mark.name.substring(8), at: mark.startTime, ms: mark.startTime - previous };
          previous = mark.startTime;
          return step;
        });
    },
  };
  window.lectern = api;

  // The same API for a parent page (the app in an iframe of a course website).
  window.addEventListener('message', async function (event) {
    var data = event.data;
    if (!data || typeof data.lectern !== 'string' || data.lectern === 'reply') return;
    var method = api[data.lectern];
    var answer = { lectern: 'reply', id: data.id };
    try {
      if (data.lectern === 'ready') {
        answer.result = await ready;
      } else if (typeof method !== 'function') {
        throw new Error('lectern has no method ' + data.lectern);
      } else {
        answer.result = await method.apply(api, data.args || []);
      }
    } catch (error) {
      answer.error = String(error && error.message || error);
    }
    if (event.source) event.source.postMessage(answer, event.origin === 'null' ? '*' : event.origin || '*');
  });
})();
