import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Reader, IndexFormatError, parseDictionary, parseTermShard, parseTerm, parseBlock, parseMeta, fold, words }
  from '../../Sources/Search/Client/indeksas.js';
import { countText, longDate } from '../../Sources/Search/Client/rezultatai.js';
import { oneEdit } from '../../Sources/Search/Client/paieska.js';
import { buildFixture, openIndex } from './fixture.mjs';

const site = buildFixture();
const { index } = await openIndex(site);
const file = (name) => new Uint8Array(readFileSync(join(site, 'paieska/index', name)));

test('varints are LEB128, low bits first, past 32 bits', () => {
  const r = new Reader(Uint8Array.of(0x00, 0x7f, 0x80, 0x01, 0xac, 0x02, 0x80, 0x80, 0x80, 0x80, 0x10));
  assert.deepEqual([r.v(), r.v(), r.v(), r.v(), r.v()], [0, 127, 128, 300, 2 ** 32]);
});

test('dictionary shards are sorted, front-coded and start with the root key', () => {
  const all = [];
  for (const [first, name] of index.root.dictionary) {
    const entries = parseDictionary(file(name));
    assert.equal(entries[0][0], first);
    all.push(...entries);
  }
  const keys = all.map(([k]) => k);
  assert.deepEqual(keys, [...keys].sort());
  assert.ok(keys.includes('bibliotekose') && keys.includes('bibliotek'));
  assert.ok(all.some(([k, v]) => k === 'bibliotek' && v & 1), 'stems are flagged');
});

test('term records give forms, document frequency, facet counts and blocks summing to it', () => {
  let terms = 0;
  for (const [, name] of index.root.terms) {
    for (const bytes of parseTermShard(file(name))) {
      const t = parseTerm(bytes);
      terms++;
      assert.equal(t.blocks.reduce((n, b) => n + b.size, 0), t.df);
      const docs = t.blocks.flatMap((b) => [...parseBlock(b.bytes ?? file(b.file), t.forms.length > 1, b.size).docs]);
      assert.equal(new Set(docs).size, t.df);
      const collections = [...t.counts].filter(([id]) => index.values[id].facet === 0).reduce((n, [, c]) => n + c, 0);
      assert.equal(collections, t.df, 'every document is in one collection');
    }
  }
  assert.ok(terms > 40);
});

test('meta shards hold a date and the facet values of every document', () => {
  const shards = Math.ceil(index.root.documents / index.root.metaShard);
  const meta = Array.from({ length: shards }, (_, k) => parseMeta(file(`${index.root.meta}/${k}.bin`)));
  const dates = meta.flatMap((m) => m.dates);
  assert.equal(dates.length, index.root.documents);
  assert.ok(dates.every((date) => date === 0 || (date > 19000101 && date < 21000101)));
  for (const m of meta) {
    assert.equal(m.start.length, m.dates.length + 1);
    assert.ok(m.values.every((v) => index.values[v] && index.values[v].facet > 1), 'status and taxonomy values');
  }
});

test('folding, word split, one-edit distance, Lithuanian counts and dates', () => {
  assert.equal(fold('Bibliotekų ŠVENTĖ'), 'biblioteku svente');
  assert.equal(fold('S\u030Ciauliai'), 'siauliai');
  assert.deepEqual(words('„Knygų“ naktis, 2026-05-01!'), ['knygų', 'naktis', '2026', '05', '01']);
  assert.ok(oneEdit('bibliotkose', 'bibliotekose') && oneEdit('biblioetkose', 'bibliotekose'));
  assert.ok(!oneEdit('biblotkose', 'bibliotekose') && !oneEdit('knyga', 'knyga'));
  assert.deepEqual([1, 2, 10, 11, 21, 22, 111, 1002].map(countText),
    ['1 rezultatas', '2 rezultatai', '10 rezultatų', '11 rezultatų', '21 rezultatas', '22 rezultatai',
      '111 rezultatų', '1\u00a0002 rezultatai']);
  assert.equal(longDate('2026-11-28'), '2026 m. lapkričio 28 d.');
});

test('damaged shards throw IndexFormatError at once (fuzzing found endless loops over counts past the end)', () => {
  const damaged = (decode) => assert.throws(decode, IndexFormatError);
  // A term claiming 2^32 − 1 forms in 6 bytes: the old reader read zeros past the end, 2^32 times.
  damaged(() => parseTerm(Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0x0f)));
  damaged(() => parseDictionary(Uint8Array.of(0xff, 0xff, 0x7f, 0, 1, 0x61, 2)));
  damaged(() => parseTermShard(Uint8Array.of(2, 5, 1, 2)));
  damaged(() => parseBlock(Uint8Array.of(15, 1, 1), false, 2 ** 40));
  damaged(() => parseBlock(Uint8Array.of(15, 3, 1, 1, 1), false, 2));
  damaged(() => parseMeta(Uint8Array.of(1, 0x80)));
  damaged(() => new Reader(Uint8Array.of(...Array(10).fill(0xff), 1)).v());
  damaged(() => new Reader(Uint8Array.of(2, 9, 0x61)).fc(Uint8Array.of(0x61)));
  const real = file(index.root.dictionary[0][1]);
  for (let n = 0; n < real.length; n++) damaged(() => parseDictionary(real.subarray(0, n)));
});
