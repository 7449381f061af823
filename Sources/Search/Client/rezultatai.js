// Žinynas search client: what a result shows of the query (the file it was found in, the
// passage with most query words, the words marked) and the page's Lithuanian words for counts
// and dates. An ES module of its own, imported by paieska.js and joined with it into the one
// served file (Sources/Search/ClientBundle.swift).
import { fold, words } from './indeksas.js';

/**
 * Where a result was found when a query word matched it only through a file:
 * {title, url: the file at its page (`#page=12`), page}, or null.
 */
export function foundIn(doc, slots) {
  for (const slot of slots) {
    for (const { term } of slot.alts) {
      for (const [title, url, ids, pages] of doc.attachments || []) {
        const i = ids.indexOf(term.id);
        if (i >= 0) return { title, url: `${url}#page=${pages[i]}`, page: pages[i] };
      }
    }
  }
  return null;
}

/** word → the query slot it matches (form of a term, word typed, prefix) or -1. */
export function matcher(slots) {
  const forms = new Map(), pre = [];
  slots.forEach((s, i) => {
    for (const f of [...s.alts.flatMap((a) => a.term.forms), s.word]) if (!forms.has(f)) forms.set(f, i);
    if (s.prefix) pre.push(s);
  });
  return (w) => { const f = fold(w); return forms.get(f) ?? slots.indexOf(pre.find((s) => f.startsWith(s.word))); };
}

/** [part, marked] pieces of a text, the query's words marked. */
export const marks = (text, slots, m = matcher(slots)) =>
  text.split(/([\p{L}\p{M}\p{Nd}]+)/u).map((part, i) => [part, i % 2 === 1 && m(part) >= 0]).filter(([p]) => p);

/** The passage with most query words, then matches; else the lead. */
export function pickPassage(doc, slots) {
  const m = matcher(slots), key = (p) => { const w = words(p).map(m).filter((s) => s >= 0); return new Set(w).size * 1e4 + w.length; };
  let best = 0;
  doc.passages.forEach((p, i) => { if (key(p) > key(doc.passages[best])) best = i; });
  const text = doc.passages[best];
  return best && !text.startsWith('…') ? `… ${text}` : text;
}

export const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** HTML of a text with the query's words in <mark>. */
export const highlight = (text, slots) => marks(text, slots).map(([p, m]) => (m ? `<mark>${escape(p)}</mark>` : escape(p))).join('');

/** "Rasta priede <title> (12 psl.)", the title linking to the file at the page. */
export const foundInHTML = (found) => found
  ? `<p class="found-in">Rasta priede <a href="${escape(found.url)}"><em>${escape(found.title)}</em></a> (${found.page} psl.)</p>`
  : '';

/** "1 rezultatas", "2 rezultatai", "10 rezultatų" (CLDR lt), thousands with a no-break space. */
export function countText(n) {
  const n10 = n % 10, n100 = n % 100;
  const noun = n100 >= 11 && n100 <= 19 ? 'rezultatų' : n10 === 1 ? 'rezultatas' : n10 >= 2 ? 'rezultatai' : 'rezultatų';
  return `${String(n).replace(/\B(?=(\d{3})+$)/g, '\u00a0')} ${noun}`;
}

const MONTHS = ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo',
  'spalio', 'lapkričio', 'gruodžio'];
/** `2026-11-28` → `2026 m. lapkričio 28 d.` */
export const longDate = (iso) => `${iso.slice(0, 4)} m. ${MONTHS[+iso.slice(5, 7) - 1]} ${+iso.slice(8, 10)} d.`;
