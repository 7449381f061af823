// Recall over noun paradigms: every case (7 × singular and plural) of each noun in
// Tests/Fixtures/search/paradigms.json, typed with and without diacritics, must find the
// documents holding any form of that noun (generate.py leaves some forms out of the corpus).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold } from '../../Sources/Search/Client/paieska.js';
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
