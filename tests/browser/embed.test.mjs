// The app as others embed and share it: URL parameters read at start and written back as the
// user moves, settings (the theme) kept across a reload, the app filling an iframe of a parent
// page that drives it by postMessage, and sharp drawing on a HiDPI screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  collectErrors,
  nextFrames,
  screenshotNotBlank,
  settledState,
  slow,
  waitUntilReady,
} from './support/app_page.mjs';
import { servedBrowserPerFile } from './support/served_browser.mjs';

const served = servedBrowserPerFile();

test('URL parameters set the view and filter, and follow them', slow, async (t) => {
  const page = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  t.after(() => page.close());
  const errors = collectErrors(page);
  await page.goto(`${served.server.url}/index.html?view=concordance&q=tokayev&lang=en`);
  await waitUntilReady(page);
  let s = await settledState(page);
  assert.equal(s.view, 'concordance');
  assert.equal(s.filter.query, 'tokayev');
  assert.deepEqual(s.filter.languages, ['en']);
  assert.ok(s.viewState.hits > 0);

  await page.evaluate(() => window.lectern.setFilter({ query: 'csto', languages: ['sv'] }));
  await page.evaluate(() => window.lectern.show('keywords'));
  await nextFrames(page);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('view'), 'keywords');
  assert.equal(url.searchParams.get('q'), 'csto');
  assert.deepEqual(url.searchParams.getAll('lang'), ['sv']);

  // The written URL reproduces the view in a new page.
  const copy = await served.browser.newPage({ viewport: { width: 1280, height: 800 } });
  t.after(() => copy.close());
  await copy.goto(url.href);
  await waitUntilReady(copy);
  s = await settledState(copy);
  assert.equal(s.view, 'keywords');
  assert.deepEqual(s.chips, ['lang: sv', 'csto']);
  assert.deepEqual(errors, []);
});

test('the light theme, once chosen, is restored on reload', slow, async (t) => {
  const context = await served.browser.newContext({ viewport: { width: 1000, height: 700 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${served.server.url}/index.html`);
  await waitUntilReady(page);
  assert.equal((await settledState(page)).theme, 'dark');
  await page.evaluate(() => window.lectern.settings({ theme: 'light', textScale: 1.125 }));
  await page.reload();
  await waitUntilReady(page);
  const s = await settledState(page);
  assert.equal(s.theme, 'light');
  assert.equal(s.textScale, 1.125);
  await screenshotNotBlank(served.browser, page, 'embed-light-theme.png');
});

test('inside an iframe: fills it, follows its resizes, answers postMessage', slow, async (t) => {
  const page = await served.browser.newPage({ viewport: { width: 1200, height: 800 } });
  t.after(() => page.close());
  const errors = collectErrors(page);
  // A course page on the same static host, embedding the app.
  await page.route('**/course.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0">
        <h1 style="font:20px sans-serif;margin:8px">Week 3: reading the summit coverage</h1>
        <iframe id="app" src="index.html?view=documents" style="width:900px;height:520px;border:1px solid #888"></iframe>
        <script>
          window.appReady = new Promise((resolve) => addEventListener('message', (e) => {
            if (e.data && e.data.lectern === 'ready') resolve(true);
          }));
          let next = 0;
          window.ask = (method, ...args) => new Promise((resolve, reject) => {
            const id = ++next;
            addEventListener('message', function answer(e) {
              if (!e.data || e.data.lectern !== 'reply' || e.data.id !== id) return;
              removeEventListener('message', answer);
              e.data.error ? reject(new Error(e.data.error)) : resolve(e.data.result);
            });
            document.getElementById('app').contentWindow.postMessage({ lectern: method, args, id }, '*');
          });
        </script></body></html>`,
    }));
  await page.goto(`${served.server.url}/course.html`);
  await page.evaluate(() => window.appReady);
  assert.equal(await page.evaluate(() => window.ask('show', 'concordance')), true);
  await page.evaluate(() => window.ask('setFilter', { query: 'astana' }));
  await nextFrames(page);
  const s = await page.evaluate(() => window.ask('state'));
  assert.equal(s.view, 'concordance');
  assert.ok(s.hits > 0);
  await assert.rejects(page.evaluate(() => window.ask('noSuchMethod')), /no method/);

  const frame = page.frame({ url: /index\.html/ });
  const size = () => frame.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
  assert.deepEqual(await size(), [900, 520]);
  await page.evaluate(() => { document.getElementById('app').style.width = '700px'; });
  await frame.waitForFunction(() => document.getElementById('canvas').width === 700);
  await screenshotNotBlank(served.browser, page, 'embed-iframe.png');
  assert.deepEqual(errors, []);
});

test('HiDPI: the canvas has a buffer pixel per device pixel', slow, async (t) => {
  const context = await served.browser.newContext({ viewport: { width: 800, height: 500 }, deviceScaleFactor: 2 });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${served.server.url}/index.html`);
  await waitUntilReady(page);
  await nextFrames(page);
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, css: c.getBoundingClientRect().width };
  });
  assert.deepEqual(canvas, { width: 1600, height: 1000, css: 800 });
  await screenshotNotBlank(served.browser, page, 'embed-hidpi.png');
});
