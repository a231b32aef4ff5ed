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
//   await lectern.saved();            // pending settings written to IndexedDB: {backend, error}
//   lectern.exportSession();          // {name, body}: the session file (web/session.h)
//   lectern.downloadSession();        // the same, as a download
//   lectern.importSession(text);      // {ok, error} or {ok, warnings}; applied when ok
//   lectern.saveViewImage();          // {name, width, height}: the view as a PNG download
//   lectern.pick([0, 2]);             // picks rows of the current view's table
//   lectern.copyRows();               // copies them (tab-separated, with header); the text
//   lectern.embedCode();              // an <iframe> of this view, copied and shown; the code
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
  var sessionInput = document.getElementById('open-session');
  var loading = document.getElementById('loading');
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

  // Things the page could not do, for the app's status bar (queued until the app runs).
  var pendingMessages = [];
  function showMessage(text) {
    if (runtimeReady && command('message', { text: text })) return;
    pendingMessages.push(text);
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

  // ---- Saved settings ---------------------------------------------------------------------
  // One IndexedDB database, 'lectern', with one object store of JSON texts by key: 'settings'
  // (the user's) and 'corpus/FINGERPRINT' (what was saved for one corpus). All of it is read
  // before main() runs (a run dependency holds the start), so C reads from `records` at once;
  // a write changes `records` at once and reaches IndexedDB after a short pause, several
  // changes in one transaction. Nothing is lost when IndexedDB fails: the values stay in use,
  // the failure is shown, the write is retried with the next change, and when IndexedDB cannot
  // be opened at all (some private modes, blocked storage) localStorage stands in for it.
  // Earlier versions kept everything in localStorage under 'lectern.settings'; that is read
  // once, its curation given to the first corpus that has none of its own, and removed once
  // IndexedDB holds it.
  var legacyKey = 'lectern.settings';
  var fallbackKey = 'lectern.records';     // localStorage, when IndexedDB is unavailable
  var unsavedKey = 'lectern.unsaved';      // localStorage, writes pending when the page went away
  var saveDelayMs = 300;
  var storage = {
    backend: 'memory',
    db: null,
    records: new Map(),
    dirty: new Set(),
    writingKeys: new Map(),  // key: how many IndexedDB transactions not yet complete write it
    timer: 0,
    error: '',
    writing: Promise.resolve(),
    dropLegacy: false,

    open: function () {
      return new Promise(function (resolve, reject) {
        if (!window.indexedDB) throw new Error('this browser offers no IndexedDB');
        var request = window.indexedDB.open('lectern', 1);
        request.onupgradeneeded = function () { request.result.createObjectStore('records'); };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
        request.onblocked = function () { reject(new Error('another tab holds an older Lectern database')); };
        setTimeout(function () { reject(new Error('IndexedDB did not answer')); }, 5000);
      });
    },

    readAll: function (db) {
      return new Promise(function (resolve, reject) {
        var records = new Map();
        var request = db.transaction('records', 'readonly').objectStore('records').openCursor();
        request.onsuccess = function () {
          var cursor = request.result;
          if (!cursor) return resolve(records);
          if (typeof cursor.value === 'string') records.set(String(cursor.key), cursor.value);
          cursor.continue();
        };
        request.onerror = function () { reject(request.error); };
      });
    },

    load: async function () {
      try {
        this.db = await this.open();
        this.records = await this.readAll(this.db);
        this.backend = 'indexeddb';
      } catch (error) {
        this.db = null;
        this.backend = localStore('get', fallbackKey) !== null || localStore('probe') ? 'localStorage' : 'memory';
        var saved = parseObject(localStore('get', fallbackKey));
        for (var key in saved) this.records.set(key, saved[key]);
        showMessage('Settings cannot use IndexedDB (' + describe(error) + '); ' +
                    (this.backend === 'memory' ? 'they last for this visit only'
                                               : 'they are kept in localStorage instead'));
      }
      // Writes that had not reached storage when the page last went away.
      var unsaved = parseObject(localStore('get', unsavedKey));
      for (var pending in unsaved) this.put(pending, unsaved[pending]);
      var legacy = localStore('get', legacyKey);
      if (legacy !== null) {
        if (!this.records.has('settings')) this.put('settings', legacy);
        if (!this.records.has('legacy-corpus') && parseObject(legacy).entityCuration) {
          this.put('legacy-corpus', legacy);
        }
        this.dropLegacy = true;
      }
    },

    put: function (key, json) {
      if (json === undefined) this.records.delete(key);
      else this.records.set(key, json);
      this.dirty.add(key);
      clearTimeout(this.timer);
      this.timer = setTimeout(function () { storage.flush(); }, saveDelayMs);
    },

    // What was saved for a corpus; the one corpus of an earlier version claims its curation.
    corpus: function (fingerprint) {
      var key = 'corpus/' + fingerprint;
      if (!this.records.has(key) && this.records.has('legacy-corpus')) {
        this.put(key, this.records.get('legacy-corpus'));
        this.put('legacy-corpus', undefined);
      }
      return this.records.get(key) || '';
    },

    // Writes what changed; resolves once it is stored, to {backend, error}.
    flush: function () {
      clearTimeout(this.timer);
      var keys = Array.from(this.dirty);
      this.dirty.clear();
      var self = this;
      var done = function () { return { backend: self.backend, error: self.error }; };
      if (keys.length === 0) return this.writing.then(done);
      if (!this.db) {
        if (this.backend === 'localStorage') {
          var all = {};
          this.records.forEach(function (value, key) { all[key] = value; });
          if (!localStore('set', fallbackKey, JSON.stringify(all))) this.failed(keys, new Error('localStorage refused the write'));
          else this.succeeded();
        }
        return Promise.resolve(done());
      }
      var writingKeys = this.writingKeys;
      keys.forEach(function (key) { writingKeys.set(key, (writingKeys.get(key) || 0) + 1); });
      var written = function () {
        keys.forEach(function (key) {
          if (writingKeys.get(key) > 1) writingKeys.set(key, writingKeys.get(key) - 1);
          else writingKeys.delete(key);
        });
      };
      this.writing = this.writing.then(function () {
        return new Promise(function (resolve) {
          try {
            var transaction = self.db.transaction('records', 'readwrite');
            var store = transaction.objectStore('records');
            for (var key of keys) {
              if (self.records.has(key)) store.put(self.records.get(key), key);
              else store.delete(key);
            }
            transaction.oncomplete = function () { written(); self.succeeded(); resolve(); };
            transaction.onabort = function () { written(); self.failed(keys, transaction.error); resolve(); };
          } catch (error) {
            written();
            self.failed(keys, error);
            resolve();
          }
        });
      });
      return this.writing.then(done);
    },

    succeeded: function () {
      if (this.dropLegacy && this.dirty.size === 0) {
        localStore('remove', legacyKey);
        this.dropLegacy = false;
      }
      localStore('remove', unsavedKey);
      if (this.error) showMessage('Settings saved again.');
      this.error = '';
    },

    failed: function (keys, error) {
      for (var key of keys) this.dirty.add(key);
      var first = !this.error;
      this.error = describe(error);
      // A quota error is the usual one: the user can free space; nothing is dropped meanwhile.
      if (first) {
        showMessage('Could not save settings (' + this.error + '); they stay in use and are ' +
                    'saved with the next change');
      }
    },

    // The page is going away: what has not reached storage goes to localStorage synchronously
    // (an IndexedDB write started now may never finish) and is written on the next visit. So
    // do writes already started: a transaction not complete when the page goes is aborted.
    keepUnsaved: function () {
      var keys = new Set(Array.from(this.dirty).concat(Array.from(this.writingKeys.keys())));
      if (keys.size === 0) return;
      var unsaved = parseObject(localStore('get', unsavedKey));
      keys.forEach(function (key) { unsaved[key] = storage.records.get(key); });
      localStore('set', unsavedKey, JSON.stringify(unsaved));
      this.flush();
    },
  };

  function describe(error) {
    return error && (error.name && error.name !== 'Error' ? error.name + ': ' : '') +
           (error.message || String(error)) || 'unknown error';
  }

  function parseObject(text) {
    try {
      var value = JSON.parse(text || '{}');
      return value && typeof value === 'object' ? value : {};
    } catch (error) {
      return {};
    }
  }

  // localStorage can throw on any call (blocked storage, a sandboxed iframe, quota).
  function localStore(action, key, value) {
    try {
      var local = window.localStorage;
      if (action === 'get') return local.getItem(key);
      if (action === 'set') local.setItem(key, value);
      if (action === 'remove') local.removeItem(key);
      if (action === 'probe') return !!local;
      return true;
    } catch (error) {
      return action === 'get' ? null : false;
    }
  }

  addRunDependency('lectern-storage');
  storage.load().finally(function () { removeRunDependency('lectern-storage'); });
  window.addEventListener('pagehide', function () { storage.keepUnsaved(); });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') storage.flush();
  });

  // ---- Downloads and the clipboard ----------------------------------------------------------
  function downloadBlob(name, blob) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  // The asynchronous clipboard needs a secure context and a recent user gesture (a click, a
  // key); the old execCommand way is tried when it refuses.
  var copyingBySelection = false;
  function copyBySelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    copyingBySelection = true;
    var copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (error) {
      copied = false;
    }
    copyingBySelection = false;
    area.remove();
    Module.canvas.focus();
    return copied;
  }

  function copyText(text) {
    var refused = function (error) {
      if (!copyBySelection(text)) showMessage('Could not copy to the clipboard (' + describe(error) + ')');
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(refused);
    } else {
      refused(new Error('no clipboard in this page'));
    }
  }

  // Ctrl+C outside a text field copies the current table's picked rows; inside one, ImGui
  // copies the field's selection itself (through copyText).
  document.addEventListener('copy', function (event) {
    if (copyingBySelection || !event.clipboardData) return;
    var text = command('copyText');
    if (typeof text !== 'string') return;
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
  });

  sessionInput.addEventListener('change', async function (event) {
    var file = event.target.files[0];
    event.target.value = '';
    if (!file) return;
    api.importSession(await file.text());
  });

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
    for (var text of pendingMessages.splice(0)) showMessage(text);
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
  // The URL query for the app's location (App::location()), the page's ?corpus= URLs first.
  function searchFor(location) {
    var next = new URLSearchParams();
    for (var url of params.getAll('corpus')) next.append('corpus', url);
    for (var key of ['view', 'q', 'date', 'entity']) if (location[key]) next.set(key, location[key]);
    for (var list of ['lang', 'doc']) {
      for (var value of location[list] || []) next.append(list, value);
    }
    return next.toString();
  }
  Module.lecternPublishLocation = function (location) {
    var url = window.location.pathname + '?' + searchFor(location) + window.location.hash;
    try {
      window.history.replaceState(null, '', url);
    } catch (error) {
      // Some file:// pages refuse replaceState; the app works the same without it.
    }
  };
  Module.lecternLoadSettings = function () { return storage.records.get('settings') || ''; };
  Module.lecternSaveSettings = function (json) { storage.put('settings', json); };
  Module.lecternLoadCorpusSettings = function (fingerprint) { return storage.corpus(fingerprint); };
  Module.lecternSaveCorpusSettings = function (fingerprint, json) {
    storage.put('corpus/' + fingerprint, json);
  };
  Module.lecternDownload = function (name, mimeType, bytes) {
    downloadBlob(name, new Blob([bytes], { type: mimeType }));
  };
  // RGBA pixels, top row first, encoded by the browser's own PNG encoder.
  Module.lecternDownloadPng = function (name, width, height, rgba) {
    var canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d').putImageData(
      new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.length), width, height), 0, 0);
    canvas.toBlob(function (blob) {
      if (blob) downloadBlob(name, blob);
      else showMessage('Could not encode the view as PNG');
    }, 'image/png');
  };
  Module.lecternImportSession = function () { sessionInput.click(); };
  Module.lecternCorpusUrls = function () { return params.getAll('corpus'); };
  Module.lecternPageUrlFor = function (location) {
    return new URL('?' + searchFor(location), window.location.href).href;
  };
  Module.lecternCopyText = copyText;

  // Every display refresh the app ran (web/main.cpp): when it ended (performance.now()), its ms
  // and the work under way ('indexing', 'entities' or ''). The last 10,000 to 20,000 are kept.
  var frameLog = [];
  var frameWork = ['', 'indexing', 'entities'];
  Module.lecternFrameDone = function (ms, work) {
    frameLog.push({ at: performance.now(), ms: ms, work: frameWork[work] || '' });
    if (frameLog.length > 20000) frameLog.splice(0, 10000);
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
    saved: function () { return storage.flush(); },
    exportSession: function () { return command('exportSession'); },
    downloadSession: function () {
      var session = command('exportSession');
      if (session) downloadBlob(session.name, new Blob([session.body], { type: 'application/json' }));
      return session && session.name;
    },
    importSession: function (text) { return command('importSession', { text: String(text) }); },
    saveViewImage: function () { return command('saveImage'); },
    pick: function (rows) { return command('pick', { rows: rows }); },
    copyRows: function () { return command('copyRows'); },
    embedCode: function () { return command('embedCode'); },
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
    // The refreshes that ended at or after since (performance.now() ms; all kept when omitted).
    frames: function (since) {
      return frameLog.filter(function (frame) { return frame.at >= (since || 0); });
    },
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
