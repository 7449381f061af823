// Issue #21: collection words, enum labels and flags rank entries; passages show a match in
// context; zero results suggest the nearest known word. On Tests/Fixtures/relevance.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fold, words } from '../../Sources/Search/Client/indeksas.js';
import { marks, pickPassage } from '../../Sources/Search/Client/rezultatai.js';
import { editDistance, suggestQuery, suggestWord } from '../../Sources/Search/Client/pasiulymai.js';
import { buildFixture, openIndex, repository, titles } from './fixture.mjs';

const site = buildFixture(join(repository, 'Tests/Fixtures/relevance'));
const { index, fetched } = await openIndex(site);

test('a collection\'s title counts as a word of its entries: the funding calls rank first', async () => {
  const found = await titles(index, 'finansavimas');
  assert.equal(found.length, 5);
  assert.deepEqual(found.slice(0, 3).sort(), ['Kvietimas teikti paraiškas nr. 1', 'Kvietimas teikti paraiškas nr. 2', 'Kvietimas teikti paraiškas nr. 3']);
});

test('an enum label and a true flag\'s index_label are words of the entry', async () => {
  assert.deepEqual(await titles(index, 'mokymai naujiems'), ['Įvadiniai kursai']);
  assert.deepEqual(await titles(index, 'nuotolinis'), ['Katalogo paslaptys']);
  assert.deepEqual(await titles(index, 'kontaktiniai'), ['Įvadiniai kursai']);
});

test('the passage shown is the one around a match far down the body, marked and not parsed', async () => {
  const result = await index.search('finansavimas');
  const docs = await Promise.all(result.docs.map((d) => index.doc(d)));
  const article = docs.find((d) => d.title === 'Metų apžvalga nr. 1');
  assert.ok(!article.snippet.includes('finansavimas'), 'the lead does not hold the word');
  const text = pickPassage(article, result.slots);
  assert.equal(text, '… Ataskaitoje aptariamas ir projektų finansavimas, kurį skyrė savivaldybė.');
  assert.deepEqual(marks(text, result.slots).filter(([, m]) => m).map(([p]) => p), ['finansavimas']);
  // A call holds no passage with the word: its lead is shown.
  const call = docs.find((d) => d.title.startsWith('Kvietimas'));
  assert.equal(pickPassage(call, result.slots), call.snippet);
  // Markup in the text stays text: the client appends the pieces as text nodes.
  const other = await index.search('kabutes');
  const doc = await index.doc(other.docs[0]);
  const shown = pickPassage(doc, other.slots);
  assert.ok(shown.includes('<b> žymes & kabutes'), shown);
  assert.deepEqual(marks(shown, other.slots).map(([p]) => p).join(''), shown);
  assert.deepEqual(marks(shown, other.slots).filter(([, m]) => m).map(([p]) => p), ['kabutes']);
});

test('a word nobody wrote gets the nearest known word, from at most two dictionary shards', async () => {
  assert.equal(editDistance([...'mokimaii'], [...'mokymai']), 2);
  assert.equal(editDistance([...'abc'], [...'acb']), 1);
  const result = await index.search('finansavymaz kursai');
  assert.equal(result.total, 0);
  fetched.bytes = 0; fetched.files.length = 0;
  const suggestion = await suggestQuery(index, words('finansavymaz kursai'), result.slots, fold);
  assert.equal(suggestion, 'finansavimas kursai', 'the word that found nothing is replaced, the other kept');
  assert.ok(fetched.files.length <= 2, fetched.files.join());
  assert.equal(await suggestWord(index, 'xq', fold), undefined, 'too short to guess');
  assert.equal(await suggestWord(index, 'qqqqqqqq', fold), undefined, 'nothing near');
  assert.equal((await index.search('finansavimas')).total, 5);
});
