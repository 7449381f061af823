// Builds the search fixture site (Tests/Fixtures/search with the portal's layouts) once per
// test file with the zinynas binary ($ZINYNAS, else .build/debug/zinynas) and opens its index.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Index } from '../../Sources/Search/Client/paieska.js';

export const repository = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../..');
export const fixture = join(repository, 'Tests/Fixtures/search');
export const paradigms = JSON.parse(readFileSync(join(fixture, 'paradigms.json'), 'utf8'));

/** Builds the search fixture, or another one under Tests/Fixtures (`site`). */
export function buildFixture(site = fixture) {
  const dir = mkdtempSync(join(tmpdir(), 'zinynas-search-'));
  for (const part of ['site.yml', 'content']) cpSync(join(site, part), join(dir, part), { recursive: true });
  for (const part of ['layouts', 'static']) cpSync(join(repository, part), join(dir, part), { recursive: true });
  const zinynas = process.env.ZINYNAS || join(repository, '.build/debug/zinynas');
  execFileSync(zinynas, ['build', '--site', dir, '--output', join(dir, 'public'), '--now', '2026-05-01'], { stdio: 'pipe' });
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'public');
}

/**
 * Opens the index of a built site with the client's `Index` (the source's, unless another is
 * given); `fetched` counts bytes and files read since the last reset.
 */
export async function openIndex(site, Client = Index) {
  const folder = join(site, 'paieska/index');
  const root = readdirSync(folder).find((f) => f.startsWith('root-'));
  const fetched = { bytes: 0, files: [] };
  const load = async (url) => {
    const bytes = new Uint8Array(readFileSync(join(site, url)));
    fetched.bytes += bytes.length;
    fetched.files.push(url);
    return bytes;
  };
  const index = await Client.open(`/paieska/index/${root}`, load);
  return { index, fetched };
}

/** Titles of the top results. */
export async function titles(index, query, options) {
  const result = await index.search(query, options);
  return Promise.all(result.docs.map(async (d) => (await index.doc(d)).title));
}
