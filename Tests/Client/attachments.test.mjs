// A word that occurs only inside a PDF attachment of the default portal finds its entry, and the
// result says which file and page it is on ("Rasta priede … (2 psl.)").
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import assert from 'node:assert/strict';
import { foundIn, foundInHTML } from '../../Sources/Search/Client/rezultatai.js';
import { openIndex, repository } from './fixture.mjs';

const dir = mkdtempSync(join(tmpdir(), 'zinynas-attachments-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const zinynas = process.env.ZINYNAS || join(repository, '.build/debug/zinynas');
execFileSync(zinynas, ['build', '--site', repository, '--output', join(dir, 'public'), '--cache-dir', join(dir, 'cache'),
  '--now', '2026-11-28'], { stdio: 'pipe' });
const { index } = await openIndex(join(dir, 'public'));
const report = '/dokumentai/skaitmenines-kavines-senjorams-galutine-ataskaita.pdf';

test('a word only in a PDF finds the entry through the attachment, with its page', async () => {
  const result = await index.search('vejarastis');
  assert.equal(result.total, 1);
  const doc = await index.doc(result.docs[0]);
  assert.equal(doc.url, '/projektai/skaitmenines-kavines-senjorams/');
  const found = foundIn(doc, result.slots);
  assert.deepEqual(found, {
    title: 'Projekto „Skaitmeninės kavinės senjorams“ galutinė ataskaita', url: `${report}#page=2`, page: 2,
  });
  assert.match(foundInHTML(found), /^<p class="found-in">Rasta priede <a href="[^"]+#page=2"><em>Projekto .+<\/em><\/a> \(2 psl\.\)<\/p>$/);
});

test('a word of the entry itself is not credited to its attachment', async () => {
  const result = await index.search('senjorams');
  const docs = await Promise.all(result.docs.map((d) => index.doc(d)));
  const entry = docs.find((d) => d.url === '/projektai/skaitmenines-kavines-senjorams/');
  assert.ok(entry);
  assert.equal(foundIn(entry, result.slots), null);
});
