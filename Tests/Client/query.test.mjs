import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PAGE } from '../../Sources/Search/Client/paieska.js';
import { highlight } from '../../Sources/Search/Client/rezultatai.js';
import { buildFixture, openIndex, titles } from './fixture.mjs';

const site = buildFixture();
const { index, fetched } = await openIndex(site);
const facet = (key) => index.root.facets.findIndex((f) => f.key === key);
const value = (key, v) => index.values.findIndex((x) => x.facet === facet(key) && x.key === v);

test('every form of a noun, with or without diacritics, finds the same documents', async () => {
  const expected = (await index.search('biblioteka')).total;
  assert.equal(expected, 5);
  for (const q of ['bibliotekose', 'bibliotekų', 'biblioteku', 'BIBLIOTEKOMIS', 'biblioteką', 'bibliotekas']) {
    assert.equal((await index.search(q)).total, expected, q);
  }
});

test('all words must match', async () => {
  const both = await index.search('dirbtuvės vaikams');
  assert.equal(both.total, 6);
  assert.equal((await index.search('dirbtuvės laiškai')).total, 0);
  assert.equal((await index.search('dirbtuvės xyzzy')).total, 0);
});

test('the last word matches as a prefix from three letters', async () => {
  assert.equal((await index.search('archyv')).total, 3);
  assert.equal((await index.search('dokum')).total, 3);
  assert.equal((await index.search('ar')).total, 0);
  const r = await index.search('dirbtuvės vaik');
  assert.equal(r.total, 6);
  assert.ok(r.slots[1].prefix);
});

test('an unknown form falls back to its stem, then to one typo', async () => {
  // "bibliotekas" never occurs in the fixture: the ending is stripped to the stem.
  const stem = await index.search('bibliotekas');
  assert.equal(stem.total, 5);
  assert.ok(stem.slots[0].alts.every((a) => a.exact < 0));
  assert.equal((await index.search('bibliotkose')).total, 5);
  assert.equal((await index.search('archyvuse')).total, 3);
  assert.equal((await index.search('knyg')).total, 5, 'a stem typed as a prefix');
});

test('the title outweighs the body, and the very form typed outweighs other forms', async () => {
  assert.deepEqual(await titles(index, 'archyvuose'),
    ['Archyvuose saugomi laiškai', 'Dokumentų saugojimas', 'Apie dokumentus']);
  assert.deepEqual(await titles(index, 'archyvas'),
    ['Archyvuose saugomi laiškai', 'Apie dokumentus', 'Dokumentų saugojimas']);
});

test('sorting by date puts the newest first', async () => {
  const r = await index.search('dirbtuvės', { sort: 'date' });
  const dates = await Promise.all(r.docs.map(async (d) => (await index.doc(d)).date));
  assert.deepEqual(dates, [...dates].sort().reverse());
  assert.equal(dates[0], '2026-12-10');
});

test('facet counts: per collection, year, status and topic, narrowed by the other facets', async () => {
  const r = await index.search('dirbtuvės');
  assert.equal(r.total, 10);
  const count = (res, key, v) => res.counts.get(value(key, v)) || 0;
  assert.equal(count(r, 'skiltis', 'renginiai'), 6);
  assert.equal(count(r, 'skiltis', 'straipsniai'), 4);
  assert.equal(count(r, 'metai', '2025'), 4);
  assert.equal(count(r, 'busena', 'renginiai:closed'), 2);
  assert.equal(count(r, 'busena', 'renginiai:open'), 4);
  assert.equal(count(r, 'temos', 'skaitymas'), 8);
  // Ticking a topic narrows the results and the other facets' counts, not its own facet's.
  const filters = new Map([[facet('temos'), new Set([value('temos', 'technologijos')])]]);
  const f = await index.search('dirbtuvės', { filters });
  assert.equal(f.total, 3);
  assert.equal(count(f, 'skiltis', 'renginiai'), 2);
  assert.equal(count(f, 'skiltis', 'straipsniai'), 1);
  assert.equal(count(f, 'temos', 'skaitymas'), 8, 'own facet counts ignore its own selection');
  const two = new Map([...filters, [facet('skiltis'), new Set([value('skiltis', 'straipsniai')])]]);
  assert.equal((await index.search('dirbtuvės', { filters: two })).total, 1);
});

test('a one-word query reads the counts stored with its term, equal to counting documents', async () => {
  for (const q of ['dirbtuvės', 'biblioteka', 'laiškai', 'šiandien']) {
    const fast = await index.search(q);
    const counted = await index.general(fast.slots, [], 'relevance', PAGE);
    assert.equal(fast.total, counted.total, q);
    assert.deepEqual(new Map([...fast.counts].sort()), new Map([...counted.counts].sort()), q);
    assert.deepEqual(fast.docs, counted.docs, q);
  }
});

test('a one-word query fetches a few small files', async () => {
  const { index: fresh, fetched: f } = await openIndex(site);
  f.bytes = 0; f.files.length = 0;
  const r = await fresh.search('dirbtuvės');
  await Promise.all(r.docs.map((d) => fresh.doc(d)));
  assert.ok(f.files.every((name) => !name.includes('/m-')), 'no per-document metadata');
  assert.ok(f.bytes < 20000, `${f.bytes} bytes`);
});

test('snippets mark every form of the words found, and escape HTML', async () => {
  const r = await index.search('archyvas dokum');
  assert.equal(highlight('Archyvuose <b> dokumentai', r.slots), '<mark>Archyvuose</mark> &lt;b&gt; <mark>dokumentai</mark>');
  assert.ok(fetched.bytes > 0);
});
