// Where the time to the first frame goes: the app's start-up steps (lectern.timings(): the
// module's JS run, wasm fetched + compiled + instantiated, main(), font atlas, GL set-up, ICU
// data, sample corpus read, indexed, first frame drawn), the median of several page loads in
// headless Chromium, each step also as its share of the whole so runs on a loaded machine
// compare, and the CPU time all the browser's processes spent meanwhile (renderer, its wasm
// compile threads, the GPU process running SwiftShader), which a loaded machine stretches far
// less than the wall clock. Several dist/web folders (say main's and a branch's) are loaded in turn, A B A B, so
// they share the machine's load; a build without lectern.timings() reports its total only.
//
//   make build && NODE_OPTIONS= node bench/browser/first_frame.mjs [--runs 5] [DIST_WEB ...]
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';

import { distWeb, waitUntilReady } from '../../tests/browser/support/app_page.mjs';
import { launchChromium } from '../../tests/browser/support/chromium.mjs';
import { serveDirectory } from '../../tests/browser/support/static_server.mjs';

const args = process.argv.slice(2);
let runs = 5;
const folders = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else folders.push(args[i]);
}
if (folders.length === 0) folders.push(distWeb);

// User + system CPU ms of every process below this one (the browser's), by pid, from /proc.
const ticksPerMs = 100 / 1000;  // USER_HZ, 100 on Linux
function browserCpu() {
  const parent = new Map();
  const cpu = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
    } catch {
      // the process ended while being read
    }
  }
  const below = (pid) => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  const out = new Map();
  for (const [pid, ms] of cpu) if (below(pid)) out.set(pid, ms);
  return out;
}
const cpuSince = (before) => {
  let ms = 0;
  for (const [pid, now] of browserCpu()) ms += now - (before.get(pid) ?? 0);
  return ms;
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

const browser = await launchChromium();
const servers = await Promise.all(folders.map((folder) => serveDirectory(folder)));
const results = folders.map(() => ({ totals: [], cpu: [], steps: new Map() }));
const loadBefore = loadavg()[0];
for (let run = 0; run < runs; ++run) {
  for (let f = 0; f < folders.length; ++f) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cpuBefore = browserCpu();
    await page.goto(`${servers[f].url}/index.html`);
    const total = await waitUntilReady(page);
    results[f].cpu.push(cpuSince(cpuBefore));
    results[f].totals.push(total);
    const steps = await page.evaluate(() => (window.lectern.timings ? window.lectern.timings() : []));
    for (const { step, ms } of steps) {
      if (!results[f].steps.has(step)) results[f].steps.set(step, []);
      results[f].steps.get(step).push(ms);
    }
    await context.close();
  }
}
const loadAfter = loadavg()[0];

console.log(`first frame with the sample corpus, median of ${runs} loads; load average ${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)} (${folders.length} build(s) alternated)`);
for (let f = 0; f < folders.length; ++f) {
  const total = median(results[f].totals);
  console.log(`\n${folders[f]}: ${Math.round(total)} ms (runs: ${results[f].totals.map(Math.round).join(', ')}); ` +
    `browser CPU ${Math.round(median(results[f].cpu))} ms (runs: ${results[f].cpu.map(Math.round).join(', ')})`);
  for (const [step, values] of results[f].steps) {
    const ms = median(values);
    console.log(`  ${step.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms  ${(100 * ms / total).toFixed(1).padStart(5)}%`);
  }
}
await browser.close();
await Promise.all(servers.map((server) => server.close()));
