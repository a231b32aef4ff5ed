// The built web app in a real browser: both outputs of web/CMakeLists.txt start, index the
// bundled corpus, draw it, and accept files; the single file needs no network at all.
// Run from the repository root after a web build: node --test tests/browser/
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import {
  bundledDocuments,
  clickAt,
  collectErrors,
  distWeb,
  nextFrames,
  readyTimeoutMs,
  screenshotNotBlank,
  singleFile,
  slow,
  waitUntilReady,
} from './support/app_page.mjs';
import { launchChromium } from './support/chromium.mjs';
import { serveDirectory } from './support/static_server.mjs';

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
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

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

  await screenshotNotBlank(browser, page, 'web.png');

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

  await screenshotNotBlank(browser, page, 'single-file.png');
  assert.deepEqual([...attempted], [], 'the single file made network requests');
  assert.deepEqual(errors, []);
});
