import { launchChromium } from '/work/wt-web2/tests/browser/support/chromium.mjs';
import { serveDirectory } from '/work/wt-web2/tests/browser/support/static_server.mjs';
import { distWeb, waitUntilReady, settledState, collectErrors } from '/work/wt-web2/tests/browser/support/app_page.mjs';
const browser = await launchChromium();
const server = await serveDirectory(distWeb);
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const errors = collectErrors(page);
await page.goto(`${server.url}/index.html`);
await waitUntilReady(page);
const call = (fn, ...args) => page.evaluate(({ fn, args }) => window.lectern[fn](...args), { fn, args });
for (const step of JSON.parse(process.argv[2])) {
  if (step[0] === 'shot') { await page.screenshot({ path: `/tmp/web2_${step[1]}.png` }); continue; }
  const r = await call(...step);
  const s = await settledState(page);
  console.log(JSON.stringify(step), '->', JSON.stringify(r), JSON.stringify({v: s.view, f: s.filter, chips: s.chips, slow: s.slowestFrameMs, last: s.lastFrameMs, vs: s.viewState}).slice(0, 700));
}
console.log(errors);
await browser.close(); await server.close();
