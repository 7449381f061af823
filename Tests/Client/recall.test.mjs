// Recall over noun paradigms: every case (7 × singular and plural) of each noun in
// Tests/Fixtures/search/paradigms.json, typed with and without diacritics, must find the
// documents holding any form of that noun (generate.py leaves some forms out of the corpus).
// Forms that occur nowhere in the corpus must be found by the browser's own stemmer too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold } from '../../Sources/Search/Client/indeksas.js';
import { stem } from '../../Sources/Search/Client/lithuanian.js';
import { buildFixture, openIndex, paradigms } from './fixture.mjs';

const site = buildFixture();
const { index } = await openIndex(site);

test(`recall of ${paradigms.length} noun paradigms is at least 0.99`, async () => {
  assert.ok(paradigms.length >= 20 && paradigms.every((p) => p.length === 14));
  let relevantFound = 0, relevantTotal = 0, retrieved = 0, queries = 0;
  const misses = [];
  for (const forms of paradigms) {
    const own = new Set(forms.map(fold));
    const relevant = new Set();
    for (let d = 0; d < index.root.documents; d++) {
      const doc = await index.doc(d);
      if (doc.snippet.split(/[^\p{L}]+/u).some((w) => own.has(fold(w)))) relevant.add(d);
    }
    assert.ok(relevant.size >= 5, forms[0]);
    for (const query of new Set(forms.flatMap((f) => [f, fold(f)]))) {
      const r = await index.search(query, { limit: 1000 });
      const found = r.docs.filter((d) => relevant.has(d)).length;
      relevantFound += found; relevantTotal += relevant.size; retrieved += r.docs.length; queries++;
      if (found < relevant.size) misses.push(`${query}: ${found}/${relevant.size}`);
    }
  }
  const recall = relevantFound / relevantTotal;
  console.log(`recall ${recall.toFixed(4)} over ${queries} queries; misses: ${misses.join(', ') || 'none'}`);
  assert.ok(recall >= 0.99, `recall ${recall}: ${misses.join(', ')}`);
  // Other words sharing a stem or a taxonomy label may match too, but not the whole corpus.
  assert.ok(retrieved / queries < 0.2 * index.root.documents, `${retrieved / queries} results a query`);
});

/** Documents whose snippet holds one of the folded `forms`. */
async function holding(forms) {
  const wanted = new Set(forms.map(fold)), out = new Set();
  for (let d = 0; d < index.root.documents; d++) {
    if ((await index.doc(d)).snippet.split(/[^\p{L}]+/u).some((w) => wanted.has(fold(w)))) out.add(d);
  }
  return out;
}

test('Snowball 3 joins what 2.2 split: every form finds the documents of every other', async () => {
  // libstemmer 2.2 gave moteris/moteriai, kompiuteris/kompiuteriai… two stems each.
  for (const noun of ['moteris', 'seseris', 'kompiuteris', 'printeris']) {
    const forms = paradigms.find((p) => p[0] === noun);
    const relevant = await holding(forms);
    assert.ok(relevant.size >= 5, noun);
    for (const form of new Set(forms)) {
      const found = new Set((await index.search(form, { limit: 1000 })).docs);
      assert.ok([...relevant].every((d) => found.has(d)), `${form} finds every document of ${noun}`);
    }
  }
  assert.ok((await holding(['moteriai'])).size && (await holding(['moteris'])).size, 'both forms occur');
});

test('a form that occurs nowhere in the corpus finds its noun, by the stemmer alone', async () => {
  // Without the endings the root lists, only Client/lithuanian.js can reach the stem.
  const bare = (await openIndex(site)).index;
  bare.suffixes = [];
  const corpus = new Set();
  for (let d = 0; d < index.root.documents; d++) {
    for (const w of (await index.doc(d)).snippet.split(/[^\p{L}]+/u)) corpus.add(fold(w));
  }
  let unseen = 0;
  for (const forms of paradigms) {
    const relevant = await holding(forms);
    for (const form of new Set(forms)) {
      if (corpus.has(fold(form))) continue;
      unseen++;
      const found = new Set((await bare.search(form, { limit: 1000 })).docs);
      assert.ok([...relevant].every((d) => found.has(d)), `${form} (stem ${stem(form)}) finds ${relevant.size} documents`);
    }
  }
  for (const form of ['šaltiniuose', 'vienuolynuose', 'kompiuteriuose', 'printeriuose', 'moteryse', 'seseryse']) {
    assert.ok(!corpus.has(fold(form)), `${form} stays out of the fixture`);
  }
  assert.ok(unseen >= paradigms.length, `${unseen} unseen forms`);
});
