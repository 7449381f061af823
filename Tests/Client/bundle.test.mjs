// The client as a built site serves it (SearchIndex.client): lithuanian.js's stemmer and
// indeksas.js, rezultatai.js and paieska.js joined into one module without imports or comment lines, which must still work.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildFixture, openIndex } from './fixture.mjs';

const site = buildFixture();
const name = readdirSync(join(site, 'paieska')).find((f) => /^paieska-[0-9a-f]+\.js$/.test(f));
// Node 18 reads a .js file outside a "type": "module" package as CommonJS: import a .mjs copy.
const copy = join(mkdtempSync(join(tmpdir(), 'zinynas-client-')), 'client.mjs');
copyFileSync(join(site, 'paieska', name), copy);
const served = await import(pathToFileURL(copy).href);
const { index: source } = await openIndex(site);
const { index } = await openIndex(site, served.Index);

test('the served client is one module, without imports or comment lines, with the stemmer inside', async () => {
  const text = readFileSync(copy, 'utf8');
  assert.ok(!/^\s*import /m.test(text) && !/^\s*\/\//m.test(text) && !/^\s*\/\*/m.test(text));
  assert.ok(text.includes('tumėtės'), 'the stemmer\'s tables');
  assert.equal(served.stem, undefined, 'the stemmer stays in its own scope');
});

test('the served client answers as its sources do, unseen forms included', async () => {
  for (const q of ['biblioteka', 'šaltiniuose', 'vienuolynuose', 'kompiuteriai', 'moteryse', 'dirbtuvės vaik', 'bibliotkose']) {
    const [a, b] = [await source.search(q, { limit: 1000 }), await index.search(q, { limit: 1000 })];
    assert.ok(b.total > 0, q);
    assert.deepEqual(b.docs, a.docs, q);
  }
});
