#!/usr/bin/env node
// Fuzzes the search client's decoders of binary index shards (Sources/Search/Client/indeksas.js)
// with mutated shards of a real index: node scripts/fuzz-search-client.mjs INDEX_DIR [RUNS] [SEED].
// INDEX_DIR is a built site's paieska/index folder (scripts/fuzz search-client builds the portal).
// A finding is an exception other than the client's IndexFormatError, or a decoder that runs
// for more than 10 s (a hang, or memory running out); its input is written to .build/fuzz-findings/.
// A worker runs the decoders; this thread watches that it keeps going.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname);
const MAX_INPUT = 1 << 20, HANG_MS = 10_000;

if (isMainThread) {
  const [folder, runsText = '100000', seedText = '1'] = process.argv.slice(2);
  if (!folder) { console.error('usage: fuzz-search-client.mjs INDEX_DIR [RUNS] [SEED]'); process.exit(2); }
  // The current input, which the worker writes before each call: [progress, decoder, length, bytes…].
  const shared = new SharedArrayBuffer(12 + MAX_INPUT);
  const state = new Int32Array(shared, 0, 3), input = new Uint8Array(shared, 12);
  const started = Date.now();
  const worker = new Worker(new URL(import.meta.url),
    { workerData: { folder, runs: +runsText, seed: +seedText, shared }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  let last = -1, lastChange = Date.now(), done = false;
  const save = (kind, detail) => {
    const dir = join(here, '../.build/fuzz-findings');
    mkdirSync(dir, { recursive: true });
    const name = join(dir, `search-client-${kind}-decoder${Atomics.load(state, 1)}-${Date.now()}`);
    writeFileSync(name, input.slice(0, Atomics.load(state, 2)));
    console.error(`search-client: ${kind} in decoder ${Atomics.load(state, 1)} after ${Atomics.load(state, 0)} runs: ${detail}\n  input: ${name}`);
    process.exitCode = 1;
  };
  const watch = setInterval(() => {
    const now = Atomics.load(state, 0);
    if (now !== last) { last = now; lastChange = Date.now(); return; }
    if (Date.now() - lastChange > HANG_MS) { save('hang', `no progress for ${HANG_MS / 1000} s`); done = true; worker.terminate(); }
  }, 500);
  worker.on('message', (m) => { if (m.finding) save('exception', m.finding); else console.log(m.line); });
  worker.on('error', (e) => { if (!done) save('crash', e.stack ?? e); done = true; });
  worker.on('exit', () => {
    clearInterval(watch);
    console.log(`search-client: ${Atomics.load(state, 0)} runs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
} else {
  const client = await import(join(here, '../Sources/Search/Client/indeksas.js'));
  const { folder, runs, seed, shared } = workerData;
  const state = new Int32Array(shared, 0, 3), input = new Uint8Array(shared, 12);
  const file = (name) => new Uint8Array(readFileSync(join(folder, name)));
  const root = JSON.parse(new TextDecoder().decode(file(readdirSync(folder).find((f) => f.startsWith('root-')))));

  // Seeds of each decoder from the real index: [decoder, bytes, masked, size].
  const seeds = [];
  for (const [, name] of root.dictionary) seeds.push([0, file(name)]);
  for (const [, name] of root.terms) {
    const shard = file(name);
    seeds.push([1, shard]);
    for (const record of client.parseTermShard(shard)) {
      seeds.push([2, record]);
      const term = client.parseTerm(record);
      for (const b of term.blocks) seeds.push([3, b.bytes ?? file(b.file), term.forms.length > 1, b.size]);
    }
  }
  for (let k = 0; k * root.metaShard < root.documents; k++) seeds.push([4, file(`${root.meta}/${k}.bin`)]);
  const decoders = [
    (b) => client.parseDictionary(b),
    (b) => client.parseTermShard(b),
    (b) => client.parseTerm(b),
    (b, masked, size) => client.parseBlock(b, masked, size),
    (b) => client.parseMeta(b),
  ];

  // xorshift32: the same SEED mutates the same way.
  let x = seed >>> 0 || 1;
  const rand = (n) => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x % n; };
  const interesting = [0, 1, 0x7f, 0x80, 0xff, 0x40, 0xfe];
  const varints = [[0x80, 0x80, 0x80, 0x80, 0x10], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f],
    [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f], [0x80, 0x01], [0xff, 0x7f]];
  function mutate(bytes) {
    let b = Array.from(bytes);
    for (let n = 1 + rand(4); n > 0; n--) {
      const at = rand(b.length + 1);
      switch (rand(7)) {
        case 0: if (b.length) b[at % b.length] ^= 1 << rand(8); break;
        case 1: if (b.length) b[at % b.length] = interesting[rand(interesting.length)]; break;
        case 2: b.splice(at, 0, ...varints[rand(varints.length)]); break;
        case 3: b.splice(at, 1 + rand(8)); break;
        case 4: b = b.slice(0, at); break;
        case 5: { const from = rand(b.length + 1); b.splice(at, 0, ...b.slice(from, from + 1 + rand(16))); break; }
        default: b.splice(at, 0, rand(256));
      }
    }
    return Uint8Array.from(b.slice(0, MAX_INPUT));
  }

  const counts = new Map();
  for (let run = 0; run < runs; run++) {
    const [decoder, bytes, masked = rand(2) === 1, size = rand(64)] = seeds[rand(seeds.length)];
    const data = rand(10) ? mutate(bytes) : bytes;
    input.set(data);
    Atomics.store(state, 1, decoder);
    Atomics.store(state, 2, data.length);
    try {
      decoders[decoder](data, masked, size);
    } catch (e) {
      const expected = client.IndexFormatError !== undefined && e instanceof client.IndexFormatError;
      counts.set(expected ? 'IndexFormatError' : e.name, (counts.get(expected ? 'IndexFormatError' : e.name) ?? 0) + 1);
      if (!expected) { parentPort.postMessage({ finding: e.stack }); break; }
    }
    Atomics.store(state, 0, run + 1);
  }
  parentPort.postMessage({ line: `search-client: ${seeds.length} seeds; errors: ${JSON.stringify(Object.fromEntries(counts))}` });
}
