// Žinynas search client, zero results: the nearest known words. A module of its own, named in
// the index root (`suggest`) and loaded only when a query finds nothing, so the client that
// every search loads stays small. It imports nothing: the caller passes the index and `fold`.

/** Optimal string alignment distance (edits and swaps of neighbours) between arrays of letters. */
export function editDistance(a, b) {
  let rows = [[], b.map((_, j) => j + 1)];
  rows[1].unshift(0);
  for (let i = 1; i <= a.length; i++) {
    const [p2, p] = rows, r = [i];
    for (let j = 1; j <= b.length; j++) {
      r[j] = Math.min(p[j] + 1, r[j - 1] + 1, p[j - 1] + (a[i - 1] !== b[j - 1]));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) r[j] = Math.min(r[j], p2[j - 2] + 1);
    }
    rows = [p, r];
  }
  return rows[1][b.length];
}

/**
 * The known form nearest a word: ≤ 1 edit under 5 letters, else ≤ 2; fewest edits, then the most
 * frequent term. Reads the dictionary shards of the word and of its first two letters, not the vocabulary.
 */
export async function suggestWord(index, word, fold) {
  const f = [...fold(word)], max = f.length < 5 ? 1 : 2;
  let best = [max + 1];
  for (const k of new Set([index.shardOf(f.join('')), index.shardOf(f.slice(0, 2).join(''))])) {
    for (const [form, v] of await index.shard(k)) {
      const d = v & 1 || Math.abs(form.length - f.length) > max ? max + 1 : editDistance(f, [...form]);
      if (d && (d < best[0] || (d === best[0] && v < best[1]))) best = [d, v, form];
    }
  }
  return f.length > 2 ? best[2] : undefined;
}

/** The query with each word that found nothing replaced by its suggestion, or undefined. */
export async function suggestQuery(index, words, slots, fold) {
  const list = await Promise.all(words.map(async (w, i) => (slots[i].alts.length ? w : await suggestWord(index, w, fold)) || w));
  return list.join(' ') !== words.join(' ') ? list.join(' ') : undefined;
}
