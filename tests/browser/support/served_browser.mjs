// The set-up of a test file whose tests each open their own pages: one browser and one server
// of dist/web for the whole file, started before its first test and closed after its last.
//
//   const served = servedBrowserPerFile();
//   test('...', async () => { const page = await served.browser.newPage(); ... served.server.url });
import { after, before } from 'node:test';

import { distWeb } from './app_page.mjs';
import { launchChromium } from './chromium.mjs';
import { serveDirectory } from './static_server.mjs';

export function servedBrowserPerFile() {
  const served = { browser: null, server: null };
  before(async () => {
    served.browser = await launchChromium();
    served.server = await serveDirectory(distWeb);
  });
  after(async () => {
    await served.server?.close();
    await served.browser?.close();
  });
  return served;
}
