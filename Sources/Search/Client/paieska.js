// Žinynas search client: reads the index that Sources/Search/IndexWriter.swift writes.
// One dependency-free ES module: the engine (exported, tested with node --test) and the
// search page's interface, which starts itself when a page has [data-search-index].
// The served file is lithuanian.js's stemmer, scoped, then indeksas.js (the index files'
// decoders), rezultatai.js (what a result shows) and this module, without their imports
// (Sources/Search/ClientBundle.swift).
import { stem } from './lithuanian.js';
import { utf8, fold, words, parseDictionary, parseTermShard, parseTerm, parseBlock, parseMeta } from './indeksas.js';
import { escape, marks, foundIn, pickPassage, highlight, foundInHTML, countText, longDate } from './rezultatai.js';

/** Bonus, in impact units (1…15), for a document holding the very form typed. */
export const EXACT = 4;
/** Weight of words reached by prefix, stem or typo instead of the form typed. */
export const PREFIX = 0.5, GUESS = 0.8;
export const MIN_PREFIX = 3, MAX_EXPANSION = 8, MIN_TYPO = 5, PAGE = 10;

/** One-edit distance (insert, delete, substitute or swap two neighbours). */
export function oneEdit(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** BM25's inverse document frequency. */
export const idf = (n, df) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** The index: fetches and caches files relative to the root's URL. */
export class Index {
  constructor(root, load) {
    this.root = root; this.load = load; this.files = new Map(); this.terms = new Map();
    this.suffixes = [...root.suffixes].sort((a, b) => b.length - a.length);
    this.facetOf = []; this.values = [];
    root.facets.forEach((f, i) => f.values.forEach(([key, label, count]) => {
      this.facetOf.push(i); this.values.push({ key, label, count: +count, facet: i });
    }));
  }

  /** Opens the index whose root is at `url`; `load(url)` resolves to bytes (fetch by default). */
  static async open(url, load = fetchBytes) {
    const root = JSON.parse(utf8.decode(await load(url)));
    const index = new Index(root, load);
    index.base = url.slice(0, url.lastIndexOf('/') + 1);
    return index;
  }

  file(name) {
    if (!this.files.has(name)) this.files.set(name, this.load(this.base + name));
    return this.files.get(name);
  }

  /** Dictionary shard number holding `key`: the last whose first key is not after it. */
  shardOf(key) {
    const d = this.root.dictionary;
    let lo = 0, hi = d.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (d[mid][0] <= key) lo = mid; else hi = mid - 1; }
    return lo;
  }

  async shard(n) {
    const name = this.root.dictionary[n][1];
    if (!this.files.has('#' + name)) this.files.set('#' + name, this.file(name).then(parseDictionary));
    return this.files.get('#' + name);
  }

  async term(id) {
    if (!this.terms.has(id)) {
      const t = this.root.terms;
      let lo = 0, hi = t.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (+t[mid][0] <= id) lo = mid; else hi = mid - 1; }
      this.terms.set(id, this.file(t[lo][1]).then((b) => ({ id, ...parseTerm(parseTermShard(b)[id - t[lo][0]]) })));
    }
    return this.terms.get(id);
  }

  async block(term, k) {
    const b = term.blocks[k];
    if (!b.postings) b.postings = parseBlock(b.bytes || await this.file(b.file), term.forms.length > 1, b.size);
    return b.postings;
  }

  /** Term ids stored under `key` (surface forms, or stems when `stem`). */
  async lookup(key, stem) {
    const entries = await this.shard(this.shardOf(key));
    return entries.filter(([k, v]) => k === key && (v & 1) === (stem ? 1 : 0)).map(([, v]) => v >> 1);
  }

  /**
   * A query word as alternatives: [{term, exact (mask bit of the typed form or -1), weight}].
   * Order of trials: the surface form; its Snowball stem, as the index stems (the word as
   * typed, then folded); the stem after stripping an ending the corpus taught; one typo; and
   * for the last word also terms whose forms start with it.
   */
  async resolve(word, last) {
    const f = fold(word), out = [];
    const add = async (ids, weight, exactForm) => {
      for (const id of ids) {
        if (out.some((a) => a.term.id === id)) continue;
        const term = await this.term(id);
        out.push({ term, exact: exactForm ? term.forms.indexOf(exactForm) : -1, weight });
      }
    };
    await add(await this.lookup(f, false), 1, f);
    const typed = word.normalize('NFC').toLowerCase();
    for (const s of new Set([fold(stem(typed)), fold(stem(f))])) if (!out.length && s) await add(await this.lookup(s, true), GUESS);
    if (!out.length) {
      const shards = new Set();
      for (const s of ['', ...this.suffixes]) {
        const stem = f.slice(0, f.length - s.length);
        if (!f.endsWith(s) || stem.length < 3) continue;
        shards.add(this.shardOf(stem));
        if (shards.size > 3) break;
        const ids = await this.lookup(stem, true);
        if (ids.length) { await add(ids, GUESS); break; }
      }
    }
    if (!out.length && [...f].length >= MIN_TYPO) {
      const near = (await this.shard(this.shardOf(f))).filter(([k, v]) => !(v & 1) && oneEdit(f, k));
      if (near.length) await add([Math.min(...near.map(([, v]) => v >> 1))], GUESS);
    }
    if (last && [...f].length >= MIN_PREFIX) {
      const ids = new Set();
      for (let n = this.shardOf(f), seen = 0; n < this.root.dictionary.length && seen < 2; n++, seen++) {
        if (seen && !this.root.dictionary[n][0].startsWith(f)) break;
        for (const [k, v] of await this.shard(n)) if (!(v & 1) && k !== f && k.startsWith(f)) ids.add(v >> 1);
      }
      await add([...ids].sort((a, b) => a - b).slice(0, MAX_EXPANSION), PREFIX);
    }
    return { word: f, prefix: last && [...f].length >= MIN_PREFIX, alts: out };
  }

  /** [collection value, year value or -1] of a document, from the numbering's ranges. */
  rangeOf(doc) {
    const r = this.root.ranges;
    let lo = 0, hi = r.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (r[mid][0] <= doc) lo = mid; else hi = mid - 1; }
    return r[lo];
  }

  async metaShard(k) {
    const name = `${this.root.meta}/${k}.bin`;
    if (!this.files.has('#' + name)) this.files.set('#' + name, this.file(name).then(parseMeta));
    return this.files.get('#' + name);
  }

  /** The meta shards holding `docs` (ascending), by shard number. */
  async metaOf(docs) {
    const size = this.root.metaShard, shards = new Map();
    for (const d of docs) { const k = Math.floor(d / size); if (!shards.has(k)) shards.set(k, this.metaShard(k)); }
    for (const [k, p] of shards) shards.set(k, await p);
    return shards;
  }

  /**
   * Runs a query: `words` all must match; `filters` maps a facet index to selected value ids
   * (any of them); `sort` is 'relevance' or 'date'. Returns the total, the first `limit`
   * documents and facet counts (for each facet, over the matches filtered by the other facets).
   */
  async search(text, { filters = new Map(), sort = 'relevance', limit = PAGE } = {}) {
    const list = words(text);
    const slots = await Promise.all(list.map((w, i) => this.resolve(w, i === list.length - 1)));
    if (!slots.length || slots.some((s) => !s.alts.length)) return { total: 0, docs: [], counts: new Map(), slots };
    const active = [...filters].filter(([, v]) => v.size);
    if (slots.length === 1 && slots[0].alts.length === 1 && !active.length && sort === 'relevance') {
      return this.single(slots[0].alts[0], limit, slots);
    }
    return this.general(slots, active, sort, limit);
  }

  /** One term, no filters: counts come with the term; blocks are read only until the top is sure. */
  async single(alt, limit, slots) {
    const { term, exact } = alt, found = [];
    for (let k = 0; k < term.blocks.length; k++) {
      const { docs, q, masks } = await this.block(term, k);
      for (let i = 0; i < docs.length; i++) found.push([q[i] + (exact >= 0 && masks[i] >> exact & 1 ? EXACT : 0), docs[i]]);
      found.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
      const next = term.blocks[k + 1];
      if (!next || (found.length >= limit && found[limit - 1][0] >= next.max + (exact >= 0 ? EXACT : 0))) break;
    }
    return { total: term.df, docs: found.slice(0, limit).map((f) => f[1]), counts: term.counts, slots };
  }

  async general(slots, active, sort, limit) {
    const n = this.root.documents, total = new Float64Array(n), hits = new Uint8Array(n);
    for (const slot of slots) {
      const best = new Float64Array(n);
      for (const { term, exact, weight } of slot.alts) {
        const w = idf(n, term.df) * weight / 15;
        for (let k = 0; k < term.blocks.length; k++) {
          const { docs, q, masks } = await this.block(term, k);
          for (let i = 0; i < docs.length; i++) {
            const s = w * (q[i] + (exact >= 0 && masks[i] >> exact & 1 ? EXACT : 0));
            if (s > best[docs[i]]) best[docs[i]] = s;
          }
        }
      }
      for (let d = 0; d < n; d++) if (best[d] > 0) { total[d] += best[d]; hits[d]++; }
    }
    const matches = [];
    for (let d = 0; d < n; d++) if (hits[d] === slots.length) matches.push(d);
    const shards = await this.metaOf(matches), size = this.root.metaShard, ranges = this.root.ranges;
    const tally = new Int32Array(this.values.length), top = [], values = [];
    let kept = 0, r = 0;
    for (const d of matches) {
      while (r + 1 < ranges.length && ranges[r + 1][0] <= d) r++;
      const m = shards.get(Math.floor(d / size)), i = d % size;
      values.length = 0;
      values.push(ranges[r][1]);
      if (ranges[r][2] >= 0) values.push(ranges[r][2]);
      for (let j = m.start[i]; j < m.start[i + 1]; j++) values.push(m.values[j]);
      let fails = 0, failed = -1;
      for (const [f, sel] of active) if (!values.some((v) => this.facetOf[v] === f && sel.has(v))) { fails++; failed = f; }
      if (fails > 1) continue;
      for (const v of values) if (!fails || this.facetOf[v] === failed) tally[v]++;
      if (fails) continue;
      kept++;
      // Top `limit` by key, then document number: matches come in ascending order.
      const key = sort === 'date' ? m.dates[i] : total[d];
      if (top.length === limit && key <= top[limit - 1][0]) continue;
      let k = top.length;
      while (k > 0 && top[k - 1][0] < key) k--;
      top.splice(k, 0, [key, d]);
      if (top.length > limit) top.pop();
    }
    const counts = new Map();
    tally.forEach((c, v) => c && counts.set(v, c));
    return { total: kept, docs: top.map((t) => t[1]), counts, slots };
  }

  /**
   * Display data of a document: {title, url, date, snippet (the lead), passages (the lead,
   * then passages from further on: `pickPassage`), collection, attachments}; each attachment is [title, url, term ids found only in it, the page of each].
   */
  async doc(doc) {
    const size = this.root.docShard, name = `${this.root.docs}/${Math.floor(doc / size)}.json`;
    if (!this.files.has('#' + name)) this.files.set('#' + name, this.file(name).then((b) => JSON.parse(utf8.decode(b))));
    const [title, url, date, text, attachments = []] = (await this.files.get('#' + name))[doc % size];
    const passages = typeof text === 'string' ? [text] : text;
    return { title, url, date, snippet: passages[0], passages, attachments, collection: this.values[this.rangeOf(doc)[1]].label };
  }
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// ---- The search page ----

/** Wires the search page: state lives in the URL (?q=, sort, one parameter per facet). */
export async function start(root) {
  const $ = (s) => root.querySelector(s);
  const form = $('form'), input = $('input[name=q]'), sortBox = $('select'), status = $('[role=status]');
  const list = $('.results'), more = $('[data-more]'), clear = $('[data-clear]'), facetsBox = $('[data-facets]');
  root.querySelector('[data-nojs]').hidden = true;
  $('[data-ui]').hidden = false;
  const index = await Index.open(root.dataset.searchIndex);
  const boxes = [];
  index.root.facets.forEach((facet, fi) => {
    const set = document.createElement('fieldset');
    set.innerHTML = `<legend>${escape(facet.label)}</legend>`;
    facet.values.forEach(([key, label], vi) => {
      const id = index.values.findIndex((v) => v.facet === fi && v.key === key);
      const row = document.createElement('div');
      row.innerHTML = `<input type="checkbox" id="f${fi}-${vi}" name="${escape(facet.key)}" value="${escape(key)}">`
        + ` <label for="f${fi}-${vi}">${escape(label)} <span class="count"></span></label>`;
      set.append(row);
      boxes.push({ id, row, box: row.firstChild, count: row.querySelector('.count') });
    });
    facetsBox.append(set);
  });
  let limit = PAGE, typing, run = 0;
  // Zero results: a suggestion, and the no-JS text's links to the collections.
  const empty = document.createElement('div');
  empty.innerHTML = '<p>Gal turėjote omenyje: <button type="button" class="link"></button>?</p><p>Įrašų ieškokite skiltyse:</p>';
  empty.append($('[data-nojs] ul').cloneNode(true));
  empty.hidden = true;
  empty.querySelector('button').addEventListener('click', (e) => { input.value = e.target.textContent; go(true); input.focus(); });
  list.before(empty);
  // Filters disclosure (issue #21): open beside the results on wide screens, closed on a
  // phone so that the results come first; its summary counts the filters chosen.
  const disclosure = $('[data-filters]'), chosen = $('[data-filter-count]');
  if (disclosure && typeof matchMedia === 'function' && matchMedia('(min-width: 40rem)').matches) disclosure.open = true;
  const countChosen = () => {
    const n = boxes.filter((b) => b.box.checked).length;
    if (chosen) chosen.textContent = n ? ` (${n})` : '';
  };

  const state = () => {
    const p = new URLSearchParams(location.search);
    return { q: p.get('q') || '', sort: p.get('rikiuoti') === 'data' ? 'date' : 'relevance', p };
  };
  const go = (push) => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    if (sortBox.value) p.set('rikiuoti', sortBox.value);
    for (const b of boxes) if (b.box.checked) p.append(b.box.name, b.box.value);
    const url = `${location.pathname}${p.size ? '?' + p : ''}`;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    limit = PAGE;
    show();
  };

  async function show() {
    const mine = ++run, { q, sort, p } = state();
    if (document.activeElement !== input) input.value = q;
    sortBox.value = sort === 'date' ? 'data' : '';
    const filters = new Map();
    for (const b of boxes) {
      b.box.checked = p.getAll(b.box.name).includes(b.box.value);
      if (!b.box.checked) continue;
      const f = index.values[b.id].facet;
      if (!filters.has(f)) filters.set(f, new Set());
      filters.get(f).add(b.id);
    }
    clear.hidden = !filters.size;
    countChosen();
    if (!words(q).length) {
      list.innerHTML = ''; empty.hidden = true; more.hidden = true; status.textContent = 'Įveskite paieškos žodžius.';
      for (const b of boxes) b.row.hidden = !b.box.checked;
      facetsBox.hidden = true;
      root.dataset.shown = location.search;
      return;
    }
    let result, docs;
    try {
      result = await index.search(q, { filters, sort, limit });
      docs = await Promise.all(result.docs.map((d) => index.doc(d)));
    } catch (e) {
      status.textContent = 'Paieška nepavyko: nepavyko įkelti paieškos rodyklės.';
      throw e;
    }
    if (mine !== run) return;
    facetsBox.hidden = false;
    for (const b of boxes) {
      const n = result.counts.get(b.id) || 0;
      b.count.textContent = `(${n})`;
      b.row.hidden = !n && !b.box.checked;
    }
    for (const set of facetsBox.children) set.hidden = ![...set.querySelectorAll('div')].some((r) => !r.hidden);
    status.textContent = result.total ? countText(result.total) : 'Nerasta rezultatų';
    const suggestion = result.total ? undefined : await import(index.base + index.root.suggest)
      .then((m) => m.suggestQuery(index, words(q), result.slots, fold)).catch(() => undefined);
    if (mine !== run) return;
    list.innerHTML = docs.map((d) => `<li class="summary"><h3 class="summary-title"><a href="${escape(d.url)}">`
      + `${highlight(d.title, result.slots)}</a></h3><p class="summary-meta"><span class="badge">${escape(d.collection)}</span>`
      + (d.date ? ` <time datetime="${d.date}">${longDate(d.date)}</time>` : '')
      + `</p><p class="excerpt"></p>${foundInHTML(foundIn(d, result.slots))}</li>`).join('');
    // Text nodes and <mark>s: a passage is never parsed as markup.
    docs.forEach((d, i) => list.children[i].querySelector('.excerpt').append(...marks(pickPassage(d, result.slots), result.slots)
      .map(([part, m]) => { if (!m) return part; const e = document.createElement('mark'); e.textContent = part; return e; })));
    empty.hidden = !!result.total;
    empty.firstChild.hidden = !suggestion;
    empty.querySelector('button').textContent = suggestion;
    more.hidden = result.total <= docs.length;
    root.dataset.shown = location.search;
  }

  input.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => go(false), 120); });
  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(typing); go(true); });
  facetsBox.addEventListener('change', () => go(true));
  sortBox.addEventListener('change', () => go(true));
  clear.addEventListener('click', () => { for (const b of boxes) b.box.checked = false; go(true); input.focus(); });
  more.addEventListener('click', () => { limit += PAGE; show(); });
  addEventListener('popstate', show);
  await show();
  root.dataset.ready = '';
}

if (typeof document !== 'undefined') {
  const root = document.querySelector('[data-search-index]');
  if (root) start(root);
}
