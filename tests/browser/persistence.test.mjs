// What the page keeps (issue 6, persistence): curation and settings in IndexedDB per corpus
// fingerprint, restored on reload and not seen by another corpus; the settings of earlier
// versions (localStorage) migrated once; storage failures shown without losing anything; and
// the session file, exported as a download and imported through the file input, with its
// errors and warnings. Screenshots: build/screenshots/persist-*.png.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import {
  collectErrors,
  entitiesExtracted,
  screenshotNotBlank,
  settledState,
  slow,
  waitForState,
  waitUntilReady,
} from './support/app_page.mjs';
import { openSharedApp } from './support/shared_app.mjs';

const viewport = { width: 1200, height: 760 };
// Another corpus: one text, served as ?corpus=notes.txt.
const otherCorpus =
  'Astana, 4 May 2024. The mayor of Astana met Aigerim Bekova in Astana to discuss the new ' +
  'library. Aigerim Bekova said the library in Astana would open next year.\n';

let app;
let browser;

before(async () => {
  app = await openSharedApp(viewport);
  ({ browser } = app);
});

after(async () => {
  await app?.close();
});

async function openPage(context, query = '') {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.route('**/notes.txt', (route) => route.fulfill({ contentType: 'text/plain', body: otherCorpus }));
  await page.goto(`${app.url}/index.html${query}`);
  await waitUntilReady(page);
  return { page, errors };
}

function entities(page, key, value) {
  return page.evaluate(({ key, value }) => window.lectern.set('entities', key, value), { key, value });
}

// The records of the page's IndexedDB database, read directly.
function storedRecords(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('lectern', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const out = {};
          const cursor = open.result.transaction('records').objectStore('records').openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) return resolve(out), open.result.close();
            out[c.key] = c.value;
            c.continue();
          };
        };
      }),
  );
}

async function entityNames(page, search) {
  await entities(page, 'search', search);
  const s = await settledState(page);
  return s.viewState.top.map((row) => row.name);
}

test('curation is kept in IndexedDB per corpus: back after a reload, not seen by another corpus', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const { page, errors } = await openPage(context);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  let s = await settledState(page);
  const fingerprint = s.corpusFingerprint;
  assert.match(fingerprint, /^[0-9a-f]{16}$/);
  assert.equal(s.viewState.curation, 0);
  assert.ok((await entityNames(page, 'astana')).includes('Astana'));

  assert.equal(await entities(page, 'rename', ['Astana', 'Astana (capital)']), true);
  assert.deepEqual(await page.evaluate(() => window.lectern.saved()), { backend: 'indexeddb', error: '' });
  const records = await storedRecords(page);
  assert.ok(records[`corpus/${fingerprint}`], Object.keys(records).join(', '));
  assert.match(JSON.parse(records[`corpus/${fingerprint}`]).entityCuration, /Astana \(capital\)/);
  assert.equal(await page.evaluate(() => localStorage.getItem('lectern.settings')), null);

  await page.reload();
  await waitUntilReady(page);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  s = await settledState(page);
  assert.equal(s.corpusFingerprint, fingerprint, 'the same files give the same fingerprint');
  assert.equal(s.viewState.curation, 1);
  assert.deepEqual(await entityNames(page, 'astana'), ['Astana (capital)']);

  // A curation followed at once by a reload (before the debounced write): kept all the same.
  assert.equal(await entities(page, 'hide', 'West'), true);
  await page.reload();
  await waitUntilReady(page);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  assert.equal((await settledState(page)).viewState.curation, 2);
  assert.deepEqual(await entityNames(page, 'West'), []);
  await entities(page, 'search', 'astana');
  await screenshotNotBlank(browser, page, 'persist-curated-after-reload.png');

  // Another corpus in the same browser: its own fingerprint, none of that curation.
  const other = await openPage(context, '?corpus=notes.txt&view=entities');
  s = await entitiesExtracted(other.page);
  assert.equal(s.documents, 1);
  assert.notEqual(s.corpusFingerprint, fingerprint);
  assert.equal(s.viewState.curation, 0);
  assert.ok((await entityNames(other.page, 'astana')).includes('Astana'));
  await screenshotNotBlank(browser, other.page, 'persist-other-corpus.png');
  await other.page.close();

  // And the sample corpus still has its own.
  await page.reload();
  await waitUntilReady(page);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  assert.equal((await settledState(page)).viewState.curation, 2);
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
});

test('settings of earlier versions (localStorage) are migrated once, curation included', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const { page, errors } = await openPage(context);
  // What an earlier version saved: one entry with the theme, text size and curation together.
  const curation = JSON.stringify({ actions: [{ action: 'rename', alias: 'Astana', name: 'Nur-Sultan (old name)' }] });
  await page.evaluate(async (old) => {
    localStorage.setItem('lectern.settings', old);
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase('lectern');
      request.onsuccess = request.onerror = request.onblocked = resolve;
    });
  }, JSON.stringify({ theme: 'light', textScale: 1.25, entityCuration: curation }));
  await page.reload();
  await waitUntilReady(page);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  let s = await settledState(page);
  assert.equal(s.theme, 'light');
  assert.equal(s.textScale, 1.25);
  assert.equal(s.viewState.curation, 1, s.message);
  assert.deepEqual(await entityNames(page, 'astana'), ['Nur-Sultan (old name)']);
  await page.evaluate(() => window.lectern.saved());
  // Read once: the old entry is gone, IndexedDB holds it, under this corpus's fingerprint.
  assert.equal(await page.evaluate(() => localStorage.getItem('lectern.settings')), null);
  const records = await storedRecords(page);
  assert.equal(JSON.parse(records.settings).theme, 'light');
  assert.match(records[`corpus/${s.corpusFingerprint}`], /Nur-Sultan/);
  assert.equal(records['legacy-corpus'], undefined);

  await page.reload();
  await waitUntilReady(page);
  s = await settledState(page);
  assert.equal(s.theme, 'light');
  await screenshotNotBlank(browser, page, 'persist-migrated-light.png');
  assert.deepEqual(errors, []);
});

test('without IndexedDB (blocked storage) the app says so and keeps settings in localStorage', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  await context.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const { page, errors } = await openPage(context);
  let s = await settledState(page);
  assert.match(s.message, /cannot use IndexedDB \(SecurityError: The user denied/);
  assert.match(s.message, /kept in localStorage instead/);
  await page.evaluate(() => window.lectern.settings({ theme: 'light' }));
  assert.deepEqual(await page.evaluate(() => window.lectern.saved()), { backend: 'localStorage', error: '' });
  await page.reload();
  await waitUntilReady(page);
  s = await settledState(page);
  assert.equal(s.theme, 'light');
  assert.deepEqual(errors, []);
});

test('a failed IndexedDB write is shown, the setting stays in use and is written later', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const { page, errors } = await openPage(context);
  // The next write transaction fails as a full disk would make it.
  await page.evaluate(() => {
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (stores, mode) {
      if (mode === 'readwrite' && !window.quotaFailed) {
        window.quotaFailed = true;
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }
      return original.call(this, stores, mode);
    };
  });
  await page.evaluate(() => window.lectern.settings({ theme: 'light' }));
  let saved = await page.evaluate(() => window.lectern.saved());
  assert.match(saved.error, /QuotaExceededError/);
  let s = await settledState(page);
  assert.equal(s.theme, 'light');
  assert.match(s.message, /Could not save settings \(QuotaExceededError/);
  await screenshotNotBlank(browser, page, 'persist-quota-message.png');
  // The next change writes both.
  await page.evaluate(() => window.lectern.settings({ textScale: 1.125 }));
  saved = await page.evaluate(() => window.lectern.saved());
  assert.equal(saved.error, '');
  const records = await storedRecords(page);
  assert.deepEqual(JSON.parse(records.settings), { theme: 'light', textScale: 1.125 });
  s = await settledState(page);
  assert.match(s.message, /saved again/);
  assert.deepEqual(errors, []);
});

test('a setting whose IndexedDB write is still under way when the page goes is not lost', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const { page, errors } = await openPage(context);
  // Write transactions that never complete, as a slow disk leaves one when the page reloads
  // (seen under load in the light-theme test of embed.test.mjs).
  await page.evaluate(() => {
    IDBDatabase.prototype.transaction = function () {
      return { objectStore: () => ({ put() {}, delete() {} }) };
    };
  });
  await page.evaluate(() => {
    window.lectern.settings({ theme: 'light' });
    window.lectern.saved();  // starts the write, which never finishes
  });
  await page.reload();
  await waitUntilReady(page);
  const s = await settledState(page);
  assert.equal(s.theme, 'light');
  // The next visit wrote it to IndexedDB.
  await page.evaluate(() => window.lectern.saved());
  assert.equal(JSON.parse((await storedRecords(page)).settings).theme, 'light');
  assert.deepEqual(errors, []);
});

test('session file: exported as a download, imported by the file input elsewhere', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const { page, errors } = await openPage(context);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  await settledState(page);
  assert.equal(await entities(page, 'rename', ['Astana', 'Astana (capital)']), true);
  await settledState(page);
  await page.evaluate(() => {
    window.lectern.settings({ theme: 'light', textScale: 1.125 });
    window.lectern.setFilter({ query: 'summit', languages: ['en'] });
    window.lectern.show('keywords');
  });
  const before = await settledState(page);
  const downloading = page.waitForEvent('download');
  assert.equal(await page.evaluate(() => window.lectern.downloadSession()), 'lectern-session.json');
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'lectern-session.json');
  const text = await readFile(await download.path(), 'utf8');
  const session = JSON.parse(text);
  assert.equal(session.format, 'lectern-session');
  assert.equal(session.version, 1);
  assert.equal(session.corpus.fingerprint, before.corpusFingerprint);
  assert.equal(session.corpus.documents, before.documents);
  assert.deepEqual(session.settings, { theme: 'light', textScale: 1.125 });
  assert.equal(session.view, 'keywords');
  assert.equal(session.filter.query, 'summit');
  assert.deepEqual(session.filter.languages, ['en']);
  assert.equal(session.entityCuration.actions.length, 1);

  // Another browser profile: nothing saved, the session brings it all.
  const elsewhere = await browser.newContext({ viewport });
  t.after(() => elsewhere.close());
  const second = await openPage(elsewhere);
  assert.equal((await settledState(second.page)).theme, 'dark');
  await second.page.setInputFiles('#open-session', { name: 'lectern-session.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  let s = await waitForState(second.page, () => window.lectern.state().view === 'keywords');
  assert.equal(s.message, 'Session imported.');
  assert.equal(s.theme, 'light');
  assert.equal(s.textScale, 1.125);
  assert.deepEqual(s.filter, before.filter);
  assert.deepEqual(s.chips, before.chips);
  await second.page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(second.page);
  assert.deepEqual(await entityNames(second.page, 'astana'), ['Astana (capital)']);
  await second.page.evaluate(() => window.lectern.show('keywords'));
  await screenshotNotBlank(browser, second.page, 'persist-session-imported.png');
  // Imported curation is saved for this corpus like any other.
  await second.page.reload();
  await waitUntilReady(second.page);
  await second.page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(second.page);
  assert.equal((await settledState(second.page)).viewState.curation, 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(second.errors, []);
});

// Importing a session replaces the curation as one step of its undo list, so Undo curation
// brings back the user's own work from before the import.
test('session import is one undoable step of the curation', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const { page, errors } = await openPage(context);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  // A session whose curation renames Astana, made here and then taken back.
  assert.equal(await entities(page, 'rename', ['Astana', 'Astana (capital)']), true);
  await settledState(page);
  const session = (await page.evaluate(() => window.lectern.exportSession())).body;
  assert.equal(await entities(page, 'undo', true), true);
  assert.deepEqual(await entityNames(page, 'astana'), ['Astana']);
  // The user's own curation before the import: one entity renamed otherwise.
  assert.equal(await entities(page, 'rename', ['Astana', 'Nur-Sultan']), true);
  assert.deepEqual(await entityNames(page, 'nur-sultan'), ['Nur-Sultan']);

  const result = await page.evaluate((text) => window.lectern.importSession(text), session);
  assert.equal(result.ok, true);
  await page.evaluate(() => window.lectern.show('entities'));
  assert.deepEqual(await entityNames(page, 'astana'), ['Astana (capital)']);
  let s = await settledState(page);
  assert.equal(s.viewState.curation, 1);
  assert.equal(s.viewState.canUndo, true);
  await screenshotNotBlank(browser, page, 'persist-session-import-undo-before.png');

  // Undo: the curation from before the import, and that one's own step still undoable.
  assert.equal(await entities(page, 'undo', true), true);
  assert.deepEqual(await entityNames(page, 'capital'), []);
  assert.deepEqual(await entityNames(page, 'nur-sultan'), ['Nur-Sultan']);
  s = await settledState(page);
  assert.equal(s.viewState.curation, 1);
  assert.equal(s.viewState.canUndo, true);
  await screenshotNotBlank(browser, page, 'persist-session-import-undone.png');
  assert.equal(await entities(page, 'undo', true), true);
  assert.deepEqual(await entityNames(page, 'astana'), ['Astana']);
  // What is saved follows the undo too.
  await page.evaluate(() => window.lectern.saved());
  await page.reload();
  await waitUntilReady(page);
  await page.evaluate(() => window.lectern.show('entities'));
  await entitiesExtracted(page);
  assert.equal((await settledState(page)).viewState.curation, 0);
  assert.deepEqual(errors, []);
});

test('session import: malformed files are refused with a reason, another corpus warns', slow, async (t) => {
  const context = await browser.newContext({ viewport });
  t.after(() => context.close());
  const { page, errors } = await openPage(context);
  const importSession = (text) => page.evaluate((text) => window.lectern.importSession(text), text);
  await page.evaluate(() => window.lectern.show('documents'));
  const session = JSON.parse((await page.evaluate(() => window.lectern.exportSession())).body);

  let result = await importSession('{"format": "lectern-session", "version": 1,');
  assert.deepEqual(result, { ok: false, error: 'the file is not JSON' });
  result = await importSession(JSON.stringify({ hello: 'world' }));
  assert.match(result.error, /not a Lectern session file/);
  result = await importSession(JSON.stringify({ ...session, version: 2 }));
  assert.equal(result.error, 'session file version 2; this Lectern reads version 1');
  result = await importSession(JSON.stringify({ ...session, filter: 'war' }));
  assert.equal(result.error, '"filter" must be an object');
  result = await importSession(JSON.stringify({ ...session, entityCuration: { actions: [{ action: 'explode' }] } }));
  assert.equal(result.ok, false);
  assert.match(result.error, /entity curation is malformed/);
  let s = await settledState(page);
  assert.equal(s.view, 'documents', 'nothing applied from a refused file');
  assert.match(s.message, /^Session not imported: its entity curation is malformed/);
  await screenshotNotBlank(browser, page, 'persist-session-refused.png');

  // Made on another corpus: applied where it fits, with warnings.
  const foreign = {
    ...session,
    corpus: { fingerprint: '0123456789abcdef', documents: 12, urls: ['https://example.org/other.jsonl'] },
    view: 'concordance',
    filter: { ...session.filter, query: 'Astana', documents: ['not-here.txt', '000_e50c1cd99b7197a3.txt'] },
  };
  result = await importSession(JSON.stringify(foreign));
  assert.equal(result.ok, true);
  assert.equal(result.warnings.length, 2);
  assert.match(result.warnings[0], /saved for another corpus \(12 documents\)/);
  assert.equal(result.warnings[1], '1 of its filter\'s documents are not in this corpus');
  s = await settledState(page);
  assert.equal(s.view, 'concordance');
  assert.equal(s.filter.query, 'Astana');
  assert.deepEqual(s.filter.documents, ['000_e50c1cd99b7197a3.txt']);
  assert.match(s.message, /^Session imported, but it was saved for another corpus/);
  assert.deepEqual(errors, []);
});
