// Lectern against chrono-node on the labelled temporal expressions of
// tests/data/dates/labelled_sentences.tsv, scored the same way as
// tests/integration/temporal_expressions_quality_test.cpp: an expression found is a hit when
// its bytes overlap a labelled one (each labelled one matched once, in text order; TempEval's
// relaxed match), P = hits / found, R = hits / labelled, F1 = 2PR / (P + R), and a value is
// right when it equals the label ('?' for an expression left unresolved).
//
//   node bench/dates-compare/compare.mjs [path/to/lectern]
//
// Lectern runs as the CLI does (`lectern timeline --json` over the sentences as JSON Lines
// records with their language and date). chrono-node runs its parser for each language
// (chrono.en, chrono.sv, ...) with the document date as the reference date, or today when the
// document is undated (chrono has no notion of an unresolved expression). chrono's values are
// written as the CLI contract writes Lectern's: the finest component chrono says it is certain
// of gives the granularity (day, month or year), and a range is BEGIN/END.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const labelledPath = join(repo, 'tests', 'data', 'dates', 'labelled_sentences.tsv');
const lectern = process.argv[2] ??
  [join(repo, 'build/native/bin/lectern'), join(repo, 'build/native-debug/bin/lectern')]
    .find(existsSync);
if (!lectern || !existsSync(lectern)) {
  console.error('compare.mjs: no lectern binary; build one or pass its path');
  process.exit(2);
}

const bytes = (text) => Buffer.byteLength(text, 'utf8');

function readLabelled() {
  const rows = [];
  for (const line of readFileSync(labelledPath, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [language, date, source, text, gold] = line.split('\t');
    const labels = [];
    let from = 0;
    for (const label of gold ? gold.split(' ; ') : []) {
      const [surface, value] = label.split(' => ');
      const at = text.indexOf(surface, from);
      if (at < 0) throw new Error(`label not in its sentence: ${surface}`);
      labels.push({ offset: bytes(text.slice(0, at)), length: bytes(surface), value, surface });
      from = at + surface.length;
    }
    rows.push({ language, date, source, text, labels });
  }
  return rows;
}

// Lectern's expressions per row, from one run of the CLI.
function lecternFound(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-dates-'));
  try {
    const records = rows.map((r) => JSON.stringify(
      r.date ? { language: r.language, date: r.date, text: r.text }
             : { language: r.language, text: r.text }));
    writeFileSync(join(dir, 'sentences.jsonl'), records.join('\n') + '\n');
    const out = JSON.parse(execFileSync(lectern, ['timeline', '--json', join(dir, 'sentences.jsonl')],
      { encoding: 'utf8', maxBuffer: 1 << 26 }));
    const found = rows.map(() => []);
    for (const e of [...out.events, ...out.unresolved]) {
      const row = Number(e.doc.split('#')[1]);
      found[row].push({ offset: e.offset, length: e.length, value: e.value ?? '?' });
    }
    for (const list of found) list.sort((a, b) => a.offset - b.offset);
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pad = (n) => String(n).padStart(2, '0');

function chronoValue(components) {
  const y = components.get('year');
  if (components.isCertain('day') || (!components.isCertain('month') && !components.isCertain('year'))) {
    return `${y}-${pad(components.get('month'))}-${pad(components.get('day'))}`;
  }
  if (components.isCertain('month')) return `${y}-${pad(components.get('month'))}`;
  return `${y}`;
}

function chronoFound(rows) {
  return rows.map((r) => {
    const parser = chrono[r.language];
    if (!parser) return [];
    const reference = r.date ? new Date(`${r.date.padEnd(10, '-01').slice(0, 10)}T12:00:00`) : new Date();
    return parser.parse(r.text, reference).map((result) => ({
      offset: bytes(r.text.slice(0, result.index)),
      length: bytes(result.text),
      value: chronoValue(result.start) + (result.end ? `/${chronoValue(result.end)}` : ''),
    }));
  });
}

function score(rows, found) {
  const perLanguage = new Map();
  rows.forEach((row, i) => {
    const s = perLanguage.get(row.language) ??
      { labelled: 0, found: 0, hits: 0, right: 0 };
    perLanguage.set(row.language, s);
    s.labelled += row.labels.length;
    s.found += found[i].length;
    const used = found[i].map(() => false);
    for (const label of row.labels) {
      const j = found[i].findIndex((f, k) => !used[k] &&
        f.offset < label.offset + label.length && label.offset < f.offset + f.length);
      if (j < 0) continue;
      used[j] = true;
      s.hits += 1;
      if (found[i][j].value === label.value) s.right += 1;
    }
  });
  return perLanguage;
}

const rows = readLabelled();
const results = { lectern: score(rows, lecternFound(rows)), 'chrono-node 2.10.3': score(rows, chronoFound(rows)) };
console.log('temporal expressions, labelled set (relaxed match)');
console.log('system              lang  labelled  found  hits  precision  recall     F1  values right');
for (const [system, perLanguage] of Object.entries(results)) {
  for (const [language, s] of [...perLanguage.entries()].sort()) {
    const p = s.found ? s.hits / s.found : 0;
    const r = s.labelled ? s.hits / s.labelled : 0;
    const f1 = p + r ? 2 * p * r / (p + r) : 0;
    console.log(`${system.padEnd(19)} ${language.padEnd(4)}  ${String(s.labelled).padStart(8)}  ` +
      `${String(s.found).padStart(5)}  ${String(s.hits).padStart(4)}  ${p.toFixed(3).padStart(9)}  ` +
      `${r.toFixed(3).padStart(6)}  ${f1.toFixed(3).padStart(5)}  ${(s.labelled ? s.right / s.labelled : 0).toFixed(3).padStart(12)}`);
  }
}
