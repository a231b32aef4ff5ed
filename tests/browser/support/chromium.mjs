// Debian's Chromium driven by playwright-core (no browser download). The flags are the ones
// TOOLCHAIN.md found to give headless WebGL2 as root: SwiftShader instead of a GPU, and none
// of the browser's own background traffic, so every request a test sees is the app's.

export const chromiumPath = process.env.LECTERN_CHROMIUM ?? '/usr/lib/chromium/chromium';

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// Each launch gets a fresh temporary profile (playwright-core creates and removes it).
export async function launchChromium() {
  // playwright-core needs Node's fetch globals, which the NODE_OPTIONS that old emscripten wants
  // (--no-experimental-fetch) removes; say so rather than fail deep inside playwright-core.
  if (globalThis.Headers === undefined) {
    throw new Error('Node runs without fetch: run the browser tests with NODE_OPTIONS unset');
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: flags });
}
