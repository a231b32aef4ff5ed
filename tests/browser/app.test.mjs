// The built web app in a real browser: both outputs of web/CMakeLists.txt start, index the
// bundled corpus, draw it, and accept files; the single file needs no network at all.
// Run from the repository root after a web build: node --test tests/browser/
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { countColours } from './support/canvas_check.mjs';
import { launchChromium } from './support/chromium.mjs';
import { serveDirectory } from './support/static_server.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const distWeb = join(repo, 'dist', 'web');
const singleFile = join(repo, 'dist', 'lectern.html');
const screenshots = join(repo, 'build', 'screenshots');

const bundledDocuments = 5;
const readyTimeoutMs = 60_000;
const slow = { timeout: 180_000 };  // a browser start, wasm compile and indexing per test
// A drawn UI has text, anti-aliased edges and several panel colours; a blank canvas has one.
const minColours = 20;

const extraFile = {
  name: 'extra.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    'Ett kort svenskt dokument om toppmötet i Astana.\n' +
      'Kazakstans president talade kazakiska, och den ryska delegationen blev överraskad.\n',
  ),
};

// Where the menu bar puts "File" and its first item, with the 16 px UI font at any window size.
const menuFile = { x: 23, y: 11 };
const menuOpenFiles = { x: 60, y: 37 };

let browser;

before(async () => {
  for (const output of [join(distWeb, 'index.html'), singleFile]) {
    assert.ok(existsSync(output), `${output} is missing: build the web app first`);
  }
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

// Uncaught exceptions and console errors, collected for a final assertion.
function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

// Resolves to the time from navigation start to the first frame that showed the corpus.
async function waitUntilReady(page) {
  await page.waitForFunction(() => window.lectern !== undefined, null, { timeout: readyTimeoutMs });
  return page.evaluate(
    (timeoutMs) =>
      Promise.race([
        window.lectern.ready,
        new Promise((_, reject) => {
          const error = new Error(`lectern.ready not resolved in ${timeoutMs} ms`);
          setTimeout(() => reject(error), timeoutMs);
        }),
      ]),
    readyTimeoutMs,
  );
}

// Two animation frames: the app has drawn the latest state, and it has been composited.
function nextFrames(page) {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

// ImGui sees the pointer once per frame, so it is moved there a frame before the click.
async function clickAt(page, { x, y }) {
  await page.mouse.move(x, y);
  await nextFrames(page);
  await page.mouse.click(x, y);
  await nextFrames(page);
}

async function screenshotNotBlank(page, name) {
  await nextFrames(page);
  const png = await page.screenshot({ path: join(screenshots, name) });
  const colours = await countColours(browser, png);
  assert.ok(colours >= minColours, `${name} looks blank: ${colours} distinct colours`);
}

test('dist/web over http: indexes the bundled corpus, adds opened files', slow, async (t) => {
  const server = await serveDirectory(distWeb);
  t.after(() => server.close());
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = collectErrors(page);

  await page.goto(`${server.url}/index.html`);
  const firstFrameMs = await waitUntilReady(page);
  t.diagnostic(`http: time to first frame with the corpus ${Math.round(firstFrameMs)} ms`);

  const state = await page.evaluate(() => window.lectern.state());
  assert.equal(state.documents, bundledDocuments);
  assert.ok(state.tokens > 0, 'no tokens indexed');
  assert.ok(state.types > 0, 'no types counted');
  assert.ok(state.views.includes('documents'), `views: ${state.views}`);
  assert.equal(state.view, 'documents');
  assert.equal(state.progress, 1);
  assert.equal(state.icuMessage, '');
  assert.equal(await page.evaluate(() => window.lectern.show('documents')), true);
  assert.equal(await page.evaluate(() => window.lectern.show('no-such-view')), false);

  await page.setInputFiles('#open-files', extraFile);
  await page.waitForFunction((n) => window.lectern.state().documents === n, bundledDocuments + 1, {
    timeout: readyTimeoutMs,
  });
  const grown = await page.evaluate(() => window.lectern.state());
  assert.ok(grown.tokens > state.tokens, 'the added file brought no tokens');

  // lectern.load(url), as a course page embedding the app would call it. The text is a Russian
  // news paragraph, so the screenshot also shows Cyrillic in the table. (Article-length on
  // purpose: CLD2 gives no language for Cyrillic texts of a sentence or two.)
  const russian = [
    'Токаев выступил на казахском языке',
    '',
    'Президент Казахстана Касым-Жомарт Токаев выступил на саммите Организации Договора о ' +
      'коллективной безопасности в Астане на казахском языке, а не на русском. Многие ' +
      'наблюдатели сочли это сигналом Москве. Владимир Путин, который прибыл в Казахстан с ' +
      'государственным визитом, слушал выступление через переводчика. Эксперты отмечают, что ' +
      'в последние годы Астана проводит более самостоятельную внешнюю политику.',
    '',
  ].join('\n');
  await page.route('**/letters/tokaev.txt', (route) =>
    route.fulfill({ contentType: 'text/plain; charset=utf-8', body: russian }),
  );
  assert.equal(await page.evaluate(() => window.lectern.load('letters/tokaev.txt')), true);
  await page.waitForFunction((n) => window.lectern.state().documents === n, bundledDocuments + 2, {
    timeout: readyTimeoutMs,
  });
  assert.equal((await page.evaluate(() => window.lectern.state())).languages.ru, 1);

  await screenshotNotBlank(page, 'web.png');

  // File > Open files... in the ImGui menu bar reaches the page's file input (the clicks give
  // the page the user activation that input.click() needs).
  const fileChooser = page.waitForEvent('filechooser', { timeout: readyTimeoutMs });
  await clickAt(page, menuFile);
  await clickAt(page, menuOpenFiles);
  await (await fileChooser).setFiles({ ...extraFile, name: 'extra-2.txt' });
  await page.waitForFunction((n) => window.lectern.state().documents === n, bundledDocuments + 3, {
    timeout: readyTimeoutMs,
  });

  // The canvas follows the browser window.
  await page.setViewportSize({ width: 900, height: 500 });
  await nextFrames(page);
  const canvasSize = await page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    return { width: canvas.width, height: canvas.height };
  });
  assert.deepEqual(canvasSize, { width: 900, height: 500 });

  assert.deepEqual(errors, []);
  const failed = server.requests.filter((request) => request.status !== 200);
  assert.deepEqual(failed, [], 'requests the static host could not serve');
});

test('dist/lectern.html from file://: works with no network', slow, async (t) => {
  const context = await browser.newContext();
  t.after(() => context.close());
  const local = /^(file|data|blob):/;
  const attempted = new Set();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local.test(url)) return route.continue();
    attempted.add(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    if (!local.test(request.url())) attempted.add(request.url());
  });
  const errors = collectErrors(page);

  await page.goto(pathToFileURL(singleFile).href);
  const firstFrameMs = await waitUntilReady(page);
  t.diagnostic(`file://: time to first frame with the corpus ${Math.round(firstFrameMs)} ms`);

  const state = await page.evaluate(() => window.lectern.state());
  assert.equal(state.documents, bundledDocuments);
  assert.ok(state.tokens > 0, 'no tokens indexed');

  await screenshotNotBlank(page, 'single-file.png');
  assert.deepEqual([...attempted], [], 'the single file made network requests');
  assert.deepEqual(errors, []);
});
