// The set-up of a test file whose tests all drive one page: a browser, a server of dist/web and
// the app's page, ready with the sample corpus. Its tests then share the state they leave.
import { collectErrors, distWeb, settledState, waitUntilReady } from './app_page.mjs';
import { launchChromium } from './chromium.mjs';
import { serveDirectory } from './static_server.mjs';

export async function openSharedApp(viewport) {
  const browser = await launchChromium();
  const server = await serveDirectory(distWeb);
  const page = await browser.newPage({ viewport });
  const errors = collectErrors(page);
  await page.goto(`${server.url}/index.html`);
  await waitUntilReady(page);
  return {
    browser,
    url: server.url,
    page,
    errors,
    state: () => settledState(page),
    // A call of window.lectern's API in the page: call('show', 'entities').
    call: (fn, ...args) => page.evaluate(({ fn, args }) => window.lectern[fn](...args), { fn, args }),
    close: async () => {
      await page.close();
      await server.close();
      await browser.close();
    },
  };
}
