// The Timeline's trend lines for entities (entity:NAME, or "Show trend" in the Entities view),
// its histogram's count of undated documents, the Entity graph's labels placed without overlap
// inside the view, and lectern.timings(), the steps of start-up. Screenshots:
// build/screenshots/timeline-entity-trend.png, graph-labels.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import {
  bundledDocuments,
  clickAt,
  entitiesExtracted,
  screenshotNotBlank,
  slow,
  waitForState,
} from './support/app_page.mjs';
import { openSharedApp } from './support/shared_app.mjs';

let app;

before(async () => {
  app = await openSharedApp({ width: 1280, height: 800 });
});

after(async () => {
  await app?.close();
});

test('timings: the steps of start-up in order, ending at the first frame', slow, async () => {
  const steps = await app.page.evaluate(() => window.lectern.timings());
  const names = steps.map((s) => s.step);
  assert.deepEqual(names, ['script', 'runtime', 'main', 'font-atlas', 'gl-setup', 'icu-data',
    'corpus-read', 'indexed', 'first-frame']);
  for (const s of steps) assert.ok(s.ms >= 0 && s.at >= s.ms, JSON.stringify(s));
  const ready = await app.page.evaluate(() => window.lectern.ready);
  const last = steps[steps.length - 1];
  assert.ok(Math.abs(last.at - ready) < 50, `first-frame mark ${last.at} ms, ready ${ready} ms`);
});

test('timeline: the histogram says how many documents are undated', slow, async () => {
  await app.call('show', 'timeline');
  const s = await app.state();
  assert.equal(s.viewState.undated, bundledDocuments - 1);
  assert.equal(s.viewState.legend, `documents written (${bundledDocuments - 1} undated, not shown)`);
});

test('timeline: an entity trend counts the mentions of the curated entity, by every alias', slow, async () => {
  // Trends count dated documents only; the sample corpus has one. The Entities table, filtered
  // to that document, says how often the person is named there, whatever the spelling.
  await app.call('show', 'documents');
  const rows = JSON.parse((await app.call('exportTable', 'json')).body);
  const dated = rows.filter((r) => r.date !== '');
  assert.equal(dated.length, 1);
  await app.call('setFilter', { documents: [dated[0].id] });
  await app.call('show', 'entities');
  await entitiesExtracted(app.page);
  await app.call('set', 'entities', 'search', 'Kassym-Jomart Tokayev');
  let s = await app.state();
  const expected = s.viewState.top.find((r) => r.name === 'Kassym-Jomart Tokayev').mentions;
  assert.ok(expected > 1, `mentions in the dated document: ${expected}`);
  await app.call('set', 'entities', 'search', '');
  await app.call('setFilter', {});

  await app.call('show', 'timeline');
  await app.call('set', 'timeline', 'trend', 'Kassym, entity:Kassym-Jomart Tokayev');
  s = await app.state();
  assert.deepEqual(s.viewState.trends.map((t) => [t.term, t.entity]),
    [['Kassym', false], ['entity:Kassym-Jomart Tokayev', true]]);
  const [word, entity] = s.viewState.trends;
  assert.equal(entity.hits, expected);
  // The first name alone is one of its spellings only: the entity is named more often.
  assert.ok(entity.hits > word.hits, `entity ${entity.hits}, word ${word.hits}`);

  // "Show trend" in the Entities view adds the shown entity's line and opens the Timeline.
  await app.call('set', 'timeline', 'trend', '');
  await app.call('show', 'entities');
  await entitiesExtracted(app.page);
  await app.call('setFilter', { entity: 'Vladimir Putin' });
  s = await app.state();
  assert.equal(s.viewState.selected, 'Vladimir Putin');
  const button = s.viewState.showTrendButton;
  assert.ok(button, 'the Entities view reports where its Show trend button is');
  await clickAt(app.page, button);
  s = await waitForState(app.page, () => window.lectern.state().view === 'timeline');
  assert.deepEqual(s.viewState.trends.map((t) => t.term), ['entity:Vladimir Putin']);
  await app.call('setFilter', {});
  s = await app.state();
  assert.ok(s.viewState.trends[0].hits > 0);
  await screenshotNotBlank(app.browser, app.page, 'timeline-entity-trend.png');
});

test('entity graph: labels inside the view and never over each other', slow, async () => {
  await app.call('show', 'graph');
  await entitiesExtracted(app.page);
  const s = await waitForState(app.page, () => window.lectern.state().viewState.settled === true);
  assert.ok(s.viewState.nodes >= 20);
  assert.equal(s.viewState.labelOverlaps, 0);
  assert.equal(s.viewState.labelsOutside, 0);
  // Most names still show; the others appear on hover.
  assert.ok(s.viewState.labels >= s.viewState.nodes * 0.6, `${s.viewState.labels} of ${s.viewState.nodes} labelled`);
  await screenshotNotBlank(app.browser, app.page, 'graph-labels.png');
  assert.deepEqual(app.errors, []);
});
