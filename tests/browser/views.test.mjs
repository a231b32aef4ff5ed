// Each view of the app, opened through lectern.show() on the sample corpus and checked through
// lectern.state(), driven both by the page API and by real clicks and keys where the UI is the
// point (the filter box, a header to sort by, a chip's remove button, a concordance hit).
// Screenshots of every view land in build/screenshots/views-*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import {
  bundledDocuments,
  clickAt,
  nextFrames,
  screenshotNotBlank,
  slow,
  waitForState,
} from './support/app_page.mjs';
import { openSharedApp } from './support/shared_app.mjs';

// Places in a 1280 x 800 window with the 16 px UI font (see the screenshots).
const viewport = { width: 1280, height: 800 };
const backButton = { x: 18, y: 41 };
const forwardButton = { x: 48, y: 41 };
const firstChip = { x: 130, y: 41 };
const documentsFilterBox = { x: 640, y: 75 };
const tokensHeader = { x: 1225, y: 120 };

let app;
let browser;
let page;
let errors;
let state;
let call;

before(async () => {
  app = await openSharedApp(viewport);
  ({ browser, page, errors, state, call } = app);
});

after(async () => {
  await app?.close();
});

test('documents: a sortable table with a filter box that takes the query language', slow, async () => {
  assert.equal(await call('show', 'documents'), true);
  let s = await state();
  assert.equal(s.view, 'documents');
  assert.equal(s.viewState.rows, bundledDocuments);

  // The Tokens header sorts longest first (its preferred direction) on the first click.
  await clickAt(page, tokensHeader);
  s = await state();
  assert.match(s.viewState.titles[0], /state visit/, `titles: ${s.viewState.titles}`);

  // Typed into the filter box and applied with Enter: a query chip, one Swedish document.
  await clickAt(page, documentsFilterBox);
  await page.keyboard.type('putin AND lang:sv');
  await page.keyboard.press('Enter');
  s = await waitForState(page, () => window.lectern.state().filter.query !== '');
  assert.equal(s.filter.query, 'putin AND lang:sv');
  assert.deepEqual(s.chips, ['putin AND lang:sv']);
  assert.equal(s.viewState.rows, 1);
  assert.equal(s.selected, 1);
  assert.ok(s.hits > 0);
  await screenshotNotBlank(browser, page, 'views-documents.png');

  // A malformed query: the error names the spot; the filter lets every document through.
  await call('setFilter', { query: 'putin AND (summit' });
  s = await state();
  assert.match(s.queryError.message, /never closed/);
  assert.equal(s.queryError.column, 10);
  assert.equal(s.viewState.rows, bundledDocuments);
  await screenshotNotBlank(browser, page, 'views-documents-error.png');
  assert.deepEqual(errors, []);
});

test('filter chips: removable, and Back / Forward step through selections', slow, async () => {
  await call('setFilter', {});
  await call('setFilter', { languages: ['en'] });
  await call('setFilter', { languages: ['en'], query: 'tokayev', dateFrom: '2024', dateTo: '2024' });
  let s = await state();
  assert.deepEqual(s.chips, ['date: 2024', 'lang: en', 'tokayev']);
  assert.equal(s.selected, 1, 'one English document dated 2024 mentions Tokayev');

  // The first chip's button removes the date condition only.
  await clickAt(page, firstChip);
  s = await state();
  assert.deepEqual(s.chips, ['lang: en', 'tokayev']);
  assert.equal(s.selected, 4);
  await screenshotNotBlank(browser, page, 'views-chips.png');

  await clickAt(page, backButton);
  s = await state();
  assert.deepEqual(s.chips, ['date: 2024', 'lang: en', 'tokayev']);
  await clickAt(page, backButton);
  s = await state();
  assert.deepEqual(s.chips, ['lang: en']);
  assert.equal(s.selected, 4);
  await clickAt(page, forwardButton);
  s = await state();
  assert.deepEqual(s.chips, ['date: 2024', 'lang: en', 'tokayev']);

  // Every view follows the filter: the word list counts only the selected document.
  await call('setFilter', { languages: ['sv'] });
  await call('show', 'keywords');
  await call('set', 'keywords', 'tab', 'wordlist');
  s = await state();
  assert.ok(s.viewState.top.some((row) => row[0] === 'toppmötet'), JSON.stringify(s.viewState.top));
  assert.ok(s.viewState.top.every((row) => row[2] === '1'), 'a word of another document');
});

test('reader: the text with query hits highlighted, boilerplate dimmed, metadata', slow, async () => {
  await call('setFilter', { query: 'tokayev' });
  await call('open', '000_e50c1cd99b7197a3.txt', 0);
  let s = await state();
  assert.equal(s.view, 'reader');
  assert.equal(s.viewState.document, '000_e50c1cd99b7197a3.txt');
  assert.match(s.viewState.title, /Putin Humiliated/);
  assert.ok(s.viewState.hits >= 2, `hits: ${s.viewState.hits}`);
  assert.ok(s.viewState.boilerplateLines >= 1);
  assert.equal(s.viewState.topLine, 0);
  await screenshotNotBlank(browser, page, 'views-reader.png');

  // Opened at the end of the text, the Reader scrolls there.
  await call('open', '003_f6b4428bf88e9a2f.txt', 7000);
  s = await state();
  assert.equal(s.viewState.document, '003_f6b4428bf88e9a2f.txt');
  assert.ok(s.viewState.topLine > 10, `top line ${s.viewState.topLine}`);
  assert.equal(await call('open', 'no-such-document', 0), false);

  // A filter that selects nothing leaves the Reader with nothing to show, and it says so.
  await call('setFilter', { query: 'zzzunheardof' });
  await call('show', 'reader');
  s = await state();
  assert.equal(s.viewState.document, null);
  // And one that selects another document brings the Reader to it.
  await call('setFilter', { query: 'toppmötet' });
  s = await state();
  assert.equal(s.viewState.document, '002_e67f6fabb1a4c6ef.txt', 'the Reader did not follow the filter');
});

test('reader: entities and dates marked; clicking a mention or a date filters by it', slow, async () => {
  await call('setFilter', {});
  await call('open', '000_e50c1cd99b7197a3.txt', 0);
  // The entities are extracted a slice a frame; their marks come once they are all there.
  let s = await waitForState(page, () => window.lectern.state().viewState.entityMarks > 0);
  assert.ok(s.viewState.entityMarks >= 10, `entity marks: ${s.viewState.entityMarks}`);
  assert.ok(s.viewState.dateMarks >= 1, `date marks: ${s.viewState.dateMarks}`);
  const mention = s.viewState.firstEntityMark;
  assert.ok(mention, 'no mention on screen');
  await screenshotNotBlank(browser, page, 'views-reader-marks.png');

  await clickAt(page, mention);
  s = await waitForState(page, () => window.lectern.state().filter.entity !== '');
  // The mention's text is one of its entity's forms, perhaps a short one (Putin for Vladimir Putin).
  const lastWord = mention.text.split(/\s+/).pop().replace(/[’']s$/, '');
  assert.ok(s.filter.entity.includes(lastWord), `${s.filter.entity} from a click on ${mention.text}`);
  assert.equal(s.viewState.document, '000_e50c1cd99b7197a3.txt', 'the document names the entity');

  // A document opened at a date it mentions (byte offsets: the text is the file's).
  await call('setFilter', {});
  const article = '001_39150af03c4df962.txt';
  const text = readFileSync(new URL(`../../corpus/${article}`, import.meta.url));
  await call('open', article, text.indexOf('June 17, 2022'));
  s = await waitForState(page, () => window.lectern.state().viewState.firstDateMark !== null);
  const date = s.viewState.firstDateMark;
  await screenshotNotBlank(browser, page, 'views-reader-date.png');
  await clickAt(page, date);
  s = await waitForState(page, () => window.lectern.state().filter.dateFrom !== '');
  assert.match(s.filter.dateFrom, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(s.filter.dateFrom <= s.filter.dateTo, `${s.filter.dateFrom}..${s.filter.dateTo}`);
  await call('setFilter', {});
  assert.deepEqual(errors, []);
});

test('concordance: hits sorted by context; clicking one opens the Reader there', slow, async () => {
  await call('setFilter', { query: 'putin' });
  assert.equal(await call('show', 'concordance'), true);
  let s = await state();
  assert.equal(s.view, 'concordance');
  assert.equal(s.viewState.hits, s.hits);
  assert.ok(s.viewState.hits >= 20, `hits: ${s.viewState.hits}`);
  assert.equal(s.viewState.rows[0].match.toLowerCase(), 'putin');

  assert.equal(await call('set', 'concordance', 'sort', 'right'), true);
  s = await state();
  assert.equal(s.viewState.sort, 'right');
  const rights = s.viewState.rows.map((row) => row.right.toLowerCase());
  assert.ok(rights[0] <= rights[rights.length - 1], `not sorted by right context: ${rights}`);
  await screenshotNotBlank(browser, page, 'views-concordance.png');

  const first = s.viewState.rows[0];
  await clickAt(page, { x: 640, y: s.viewState.firstRowY });
  s = await state();
  assert.equal(s.view, 'reader');
  assert.equal(s.viewState.document, first.document);

  // Syntax errors show in the concordance too.
  await call('setFilter', { query: '"collective security' });
  await call('show', 'concordance');
  s = await state();
  assert.match(s.queryError.message, /quote/);
  await screenshotNotBlank(browser, page, 'views-concordance-error.png');
});

test('keywords: word list, distinctive words by three measures, n-grams, collocates, cloud', slow, async () => {
  await call('setFilter', {});
  await call('show', 'keywords');
  let s = await state();
  assert.equal(s.viewState.tab, 'wordlist');
  assert.equal(s.viewState.top[0][0], 'kazakhstan');

  // The whole corpus has no "rest" to compare against: the view says so.
  await call('set', 'keywords', 'tab', 'distinctive');
  s = await state();
  assert.equal(s.viewState.rows, 0);
  assert.match(s.viewState.note, /whole corpus/);

  await call('setFilter', { languages: ['sv'] });
  for (const measure of ['log_likelihood', 'log_ratio', 'tfidf']) {
    assert.equal(await call('set', 'keywords', 'measure', measure), true);
    s = await state();
    assert.equal(s.viewState.measure, measure);
    assert.ok(s.viewState.rows > 10, `${measure}: ${s.viewState.rows} rows`);
    assert.ok(s.viewState.formula.length > 20, `${measure}: no formula shown`);
    const scores = s.viewState.top.map((row) => Number(row[measure === 'tfidf' ? 5 : 3]));
    assert.ok(scores[0] >= scores[scores.length - 1], `${measure} not strongest first`);
  }
  assert.match(s.viewState.formula, /ln\(N \/ df\)/);
  await call('set', 'keywords', 'measure', 'log_likelihood');
  s = await state();
  assert.match(s.viewState.formula, /G2 = 2/);
  await screenshotNotBlank(browser, page, 'views-keywords-distinctive.png');

  await call('setFilter', {});
  await call('set', 'keywords', 'tab', 'ngrams');
  await call('set', 'keywords', 'n', 2);
  s = await state();
  assert.ok(s.viewState.top.some((row) => row[0] === 'kassym jomart'), JSON.stringify(s.viewState.top));

  await call('set', 'keywords', 'tab', 'collocates');
  await call('set', 'keywords', 'node', 'kassym');
  s = await state();
  assert.equal(s.viewState.top[0][0], 'jomart');
  await screenshotNotBlank(browser, page, 'views-keywords-collocates.png');

  await call('set', 'keywords', 'tab', 'cloud');
  s = await state();
  assert.equal(s.viewState.tab, 'cloud');
  assert.ok(s.viewState.cloudWords >= 40, `cloud of ${s.viewState.cloudWords} words`);
  await screenshotNotBlank(browser, page, 'views-keywords-cloud.png');
});

test('import report: files read, skipped with their reasons', slow, async () => {
  await page.setInputFiles('#open-files', [
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) },
  ]);
  let s = await waitForState(page, () => window.lectern.state().files === 7 && !window.lectern.state().building);
  assert.equal(await call('show', 'import'), true);
  s = await state();
  assert.equal(s.viewState.read, bundledDocuments);
  assert.deepEqual(s.viewState.skipped.map((i) => i.path).sort(), ['empty.txt', 'picture.png']);
  assert.ok(s.viewState.skipped.every((i) => i.reason.length > 0));
  await screenshotNotBlank(browser, page, 'views-import.png');
});

test('export: the current table as CSV and JSON, and through File > Export', slow, async () => {
  await call('setFilter', {});
  await call('show', 'documents');
  await nextFrames(page);
  const csv = await call('exportTable', 'csv');
  assert.equal(csv.name, 'documents.csv');
  const lines = csv.body.trim().split('\r\n');
  assert.equal(lines[0], 'id,title,date,language,source,tokens');
  assert.equal(lines.length, 1 + bundledDocuments);
  const json = await call('exportTable', 'json');
  assert.equal(JSON.parse(json.body).length, bundledDocuments);
  assert.equal(await call('exportTable', 'csv').then(() => true), true);

  const download = page.waitForEvent('download');
  await page.evaluate(() => window.lectern.show('concordance'));
  await call('setFilter', { query: 'putin' });
  await nextFrames(page);
  const exported = await call('exportTable', 'csv');
  assert.match(exported.body.split('\r\n')[0], /^document,offset,left,match,right$/);
  // The menu item itself: File, then Export table as CSV (the fifth item, after a separator).
  await clickAt(page, { x: 23, y: 11 });
  await clickAt(page, { x: 90, y: 109 });
  const file = await download;
  assert.equal(file.suggestedFilename(), 'concordance.csv');
  assert.deepEqual(errors, []);
});
