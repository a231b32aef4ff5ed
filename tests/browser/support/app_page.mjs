// What every browser test does with the app's page: wait until it has drawn the corpus, step
// frames, click where ImGui draws something, collect errors, and save screenshots that are
// checked not to be blank (and are looked at by a person: build/screenshots/).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { countColours } from './canvas_check.mjs';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const distWeb = join(repo, 'dist', 'web');
export const singleFile = join(repo, 'dist', 'lectern.html');
export const screenshots = join(repo, 'build', 'screenshots');

export const bundledDocuments = 5;
export const readyTimeoutMs = 60_000;
export const slow = { timeout: 180_000 };  // a browser start, wasm compile and indexing per test
// A drawn UI has text, anti-aliased edges and several panel colours; a blank canvas has one.
const minColours = 20;

// Uncaught exceptions and console errors, collected for a final assertion.
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

// Resolves to the time from navigation start to the first frame that showed the corpus.
export async function waitUntilReady(page) {
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
export function nextFrames(page) {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

// The state after the app has drawn a couple of frames (views prepare during a frame).
export async function settledState(page) {
  await nextFrames(page);
  await nextFrames(page);
  return page.evaluate(() => window.lectern.state());
}

export async function waitForState(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: readyTimeoutMs });
  return settledState(page);
}

// The Entities and Entity graph views find a corpus's entities over many frames
// (viewState.extracting); their tables and graphs are whole once that is over.
export async function entitiesExtracted(page) {
  return waitForState(page, () => window.lectern.state().viewState.extracting !== true);
}

// Presses keys (modifiers first) and releases them in reverse order, all in one task of the
// page, so no frame can come between: the hardest case for an ImGui that reads key states once a
// frame (1.86), and what a slow frame does to any quick shortcut. The events are synthetic, so
// the browser takes no default action (no copy event for Control+C).
const keyCodes = { Control: 17, Shift: 16, Enter: 13, Escape: 27 };
export async function pressWithinOneFrame(page, keys) {
  const codes = keys.map((key) => keyCodes[key] ?? key.toUpperCase().charCodeAt(0));
  await page.evaluate(({ keys, codes }) => {
    const send = (type, i) => {
      const control = keys.slice(0, type === 'keydown' ? i + 1 : i).includes('Control');
      window.dispatchEvent(new KeyboardEvent(type, { key: keys[i], keyCode: codes[i], which: codes[i], ctrlKey: control, bubbles: true }));
    };
    keys.forEach((_, i) => send('keydown', i));
    for (let i = keys.length - 1; i >= 0; --i) send('keyup', i);
  }, { keys, codes });
  await nextFrames(page);
}

// ImGui sees the pointer once per frame, so it is moved there a frame before the click.
export async function clickAt(page, { x, y }) {
  await page.mouse.move(x, y);
  await nextFrames(page);
  await page.mouse.click(x, y);
  await nextFrames(page);
}

export async function screenshotNotBlank(browser, page, name) {
  mkdirSync(screenshots, { recursive: true });
  await nextFrames(page);
  const png = await page.screenshot({ path: join(screenshots, name) });
  const colours = await countColours(browser, png);
  assert.ok(colours >= minColours, `${name} looks blank: ${colours} distinct colours`);
}
