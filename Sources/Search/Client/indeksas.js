// Žinynas search client: the decoders of the index files that Sources/Search/IndexWriter.swift
// writes, and the words of the index's forms (`fold`, `words`). An ES module of its own,
// imported by paieska.js and rezultatai.js and joined with them into the one served file
// (Sources/Search/ClientBundle.swift); it imports nothing.

export const utf8 = new TextDecoder();

/** NFC, lowercase, without diacritics: the index's surface forms. */
export const fold = (w) => w.normalize('NFC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

/** Words of a query or text: runs of letters, marks and digits. */
export const words = (text) => text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{Nd}]+/gu) || [];

/** The decoders' one error: not a shard (truncated, altered); any bytes decode or throw it in linear time. */
export class IndexFormatError extends Error { name = 'IndexFormatError'; }

/** Sequential reader of LEB128 varints (up to 2^53) and length-prefixed strings. */
export class Reader {
  constructor(bytes) { this.b = bytes; this.i = 0; }
  v() {
    let x = 0, s = 1, c;
    do { c = this.byte(); x += (c & 127) * s; s *= 128; } while (c & 128 && s < 2 ** 53);
    if (c & 128 || x > Number.MAX_SAFE_INTEGER) throw new IndexFormatError(`varint beyond 2^53 at byte ${this.i}`);
    return x;
  }
  /** A count of items that take at least `size` bytes each: never more than the bytes left. */
  count(size = 1) {
    const n = this.v();
    if (n * size > this.b.length - this.i) throw new IndexFormatError(`${n} items but ${this.b.length - this.i} bytes left`);
    return n;
  }
  byte() {
    if (this.i >= this.b.length) throw new IndexFormatError(`truncated at byte ${this.i}`);
    return this.b[this.i++];
  }
  bytes(n) {
    if (n > this.b.length - this.i) throw new IndexFormatError(`${n} bytes at byte ${this.i}, beyond the end`);
    const s = this.b.subarray(this.i, this.i + n); this.i += n; return s;
  }
  str() { return utf8.decode(this.bytes(this.v())); }
  /** A front-coded string: `prev` holds the previous one's bytes. */
  fc(prev) {
    const shared = this.v(), rest = this.bytes(this.v());
    if (shared > prev.length) throw new IndexFormatError(`${shared} bytes shared of ${prev.length}`);
    const out = new Uint8Array(shared + rest.length);
    out.set(prev.subarray(0, shared)); out.set(rest, shared);
    return out;
  }
}

/** Dictionary shard → [key, value] pairs; value = term id × 2 (+1 for a stem entry). */
export function parseDictionary(bytes) {
  const r = new Reader(bytes), out = [];
  let prev = new Uint8Array(0);
  for (let n = r.count(3); n > 0; n--) { prev = r.fc(prev); out.push([utf8.decode(prev), r.v()]); }
  return out;
}

/** Term shard → the records' bytes. */
export function parseTermShard(bytes) {
  const r = new Reader(bytes), out = [];
  for (let n = r.count(); n > 0; n--) out.push(r.bytes(r.v()));
  return out;
}

/** A term record: document frequency, forms, facet counts, postings blocks. */
export function parseTerm(bytes) {
  const r = new Reader(bytes), df = r.v(), forms = [], counts = new Map(), blocks = [];
  let prev = new Uint8Array(0);
  for (let n = r.count(2); n > 0; n--) { prev = r.fc(prev); forms.push(utf8.decode(prev)); }
  for (let n = r.count(2), id = 0; n > 0; n--) { id += r.v(); counts.set(id, r.v()); }
  const nBlocks = r.count(2), inline = r.byte();
  for (let k = 0; k < nBlocks; k++) {
    const max = r.byte(), size = r.v();
    blocks.push(inline ? { max, size, bytes: r.bytes(r.v()) } : { max, size, file: r.str() });
  }
  return { df, forms, counts, blocks };
}

/** Postings block of `size` postings → {docs, q, masks}, highest impact first. */
export function parseBlock(bytes, masked, size) {
  if (!(size <= bytes.length)) throw new IndexFormatError(`${size} postings in ${bytes.length} bytes`);
  const r = new Reader(bytes), docs = new Int32Array(size), q = new Uint8Array(size), masks = new Uint32Array(size);
  let p = 0;
  while (r.i < bytes.length) {
    const level = r.byte();
    let doc = -1;
    for (let n = r.count(); n > 0; n--, p++) {
      if (p >= size) throw new IndexFormatError(`more than ${size} postings`);
      doc += r.v(); docs[p] = doc; q[p] = level; masks[p] = masked ? r.v() : 1;
    }
  }
  return { docs, q, masks };
}

/** Meta shard → {dates (yyyymmdd or 0), start, values}: document i's facet value ids are values[start[i]…start[i+1]). */
export function parseMeta(bytes) {
  const r = new Reader(bytes), dates = [], start = [0], values = [];
  while (r.i < bytes.length) {
    dates.push(r.v());
    for (let n = r.count(), id = 0; n > 0; n--) { id += r.v(); values.push(id); }
    start.push(values.length);
  }
  return { dates, start, values };
}
