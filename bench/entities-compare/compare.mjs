// Lectern's entity extraction beside compromise (npm, pinned in package.json) on the English
// texts of the labelled set: the English articles of the sample corpus and the two State of the
// Union excerpts. Both are scored as tests/integration/entity_quality_test.cpp scores Lectern:
// over distinct entities, an extracted entity correct when one of its aliases is a gold alias;
// type accuracy and merge accuracy over the gold entities found. compromise has no merging, so
// each distinct string it returns is one entity.
//
//   node bench/entities-compare/compare.mjs build/native/bin/lectern
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lectern = process.argv[2];
if (!lectern) {
  console.error('usage: node compare.mjs path/to/lectern');
  process.exit(2);
}

const gold = JSON.parse(readFileSync(join(repo, 'tests/data/entities/gold.json'), 'utf8'));
const data = (file) => join(repo, 'tests/data/entities', file);
const sets = [
  {
    name: 'sample corpus, English articles',
    labels: gold.texts.find((t) => t.sample_corpus),
    files: ['000_e50c1cd99b7197a3.txt', '001_39150af03c4df962.txt', '003_f6b4428bf88e9a2f.txt',
      '004_caef04b4040702c7.txt'].map((f) => join(repo, 'corpus', f)),
  },
  ...gold.texts.filter((t) => t.file && t.file.startsWith('sotu_'))
    .map((t) => ({ name: t.name, labels: t, files: [data(t.file)] })),
];

// Possessive endings cut, as Lectern's aliases have them; outer punctuation trimmed.
const clean = (s) => s.trim().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');

function compromiseEntities(texts) {
  const byAlias = new Map();
  for (const text of texts) {
    const doc = nlp(text);
    for (const [type, found] of [['PER', doc.people()], ['LOC', doc.places()], ['ORG', doc.organizations()]]) {
      for (const raw of found.out('array')) {
        const alias = clean(raw);
        if (!alias) continue;
        const entity = byAlias.get(alias) ?? { type, aliases: [alias], mentions: 0 };
        entity.mentions += 1;
        byAlias.set(alias, entity);
      }
    }
  }
  return [...byAlias.values()];
}

function lecternEntities(files) {
  const out = execFileSync(lectern, ['entities', ...files, '--json', '--top', '0', '--quiet'], { encoding: 'utf8' });
  return JSON.parse(out).entities.map((e) => ({ type: e.type, aliases: e.aliases, mentions: e.mentions }));
}

function score(goldEntities, extracted) {
  const goldOf = new Map();
  goldEntities.forEach((g, i) => g.aliases.forEach((a) => goldOf.set(a, i)));
  const holders = goldEntities.map(() => []);
  const goldsIn = extracted.map(() => new Set());
  let correct = 0;
  extracted.forEach((e, i) => {
    for (const alias of e.aliases) {
      if (!goldOf.has(alias)) continue;
      const g = goldOf.get(alias);
      goldsIn[i].add(g);
      if (!holders[g].includes(i)) holders[g].push(i);
    }
    if (goldsIn[i].size > 0) correct += 1;
  });
  let found = 0, typed = 0, merged = 0;
  holders.forEach((list, g) => {
    if (list.length === 0) return;
    found += 1;
    const main = list.reduce((a, b) => (extracted[b].mentions > extracted[a].mentions ? b : a));
    if (extracted[main].type === goldEntities[g].type) typed += 1;
    if (list.length === 1 && goldsIn[main].size === 1) merged += 1;
  });
  const p = extracted.length ? correct / extracted.length : 0;
  const r = goldEntities.length ? found / goldEntities.length : 0;
  return { gold: goldEntities.length, extracted: extracted.length, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0,
    type: found ? typed / found : 0, merge: found ? merged / found : 0 };
}

const row = (text, system, s) => console.log(
  `${text.padEnd(46)} ${system.padEnd(10)} ${String(s.gold).padStart(4)} ${String(s.extracted).padStart(5)}` +
  ` ${s.p.toFixed(3).padStart(6)} ${s.r.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)}` +
  ` ${s.type.toFixed(3).padStart(6)} ${s.merge.toFixed(3).padStart(6)}`);

console.log(`${'text'.padEnd(46)} ${'system'.padEnd(10)} gold found      P      R     F1   type  merge`);
for (const set of sets) {
  const texts = set.files.map((f) => readFileSync(f, 'utf8'));
  const all = texts.join('\n');
  // Gold entities these texts name (the sample corpus labels cover its Swedish article too).
  const goldEntities = set.labels.entities.filter((g) => g.aliases.some((a) => all.includes(a)));
  row(set.name, 'lectern', score(goldEntities, lecternEntities(set.files)));
  row(set.name, 'compromise', score(goldEntities, compromiseEntities(texts)));
}
