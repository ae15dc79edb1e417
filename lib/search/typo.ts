// Three rows of the distance table, reused across calls: a typo lookup compares one word with thousands.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if ((rows[0].length as number) <= b.length)
    rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [before, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    // Column 0 (i, the distance to b's empty prefix) is part of the row: without it an empty b gave max + 1.
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (before[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length] as number;
}

/** The vocabulary's words of three or more letters, by length, made once per vocabulary. */
const byLength = new WeakMap<readonly string[], string[][]>();

function lengthBuckets(vocabulary: readonly string[]): string[][] {
  let buckets = byLength.get(vocabulary);
  if (!buckets) {
    buckets = [];
    for (const v of vocabulary) {
      if (v.length < 3) continue;
      const bucket = buckets[v.length];
      if (bucket) bucket.push(v);
      else buckets[v.length] = [v];
    }
    byLength.set(vocabulary, buckets);
  }
  return buckets;
}

/** Words of the vocabulary within one edit (two for words of 8+ letters), closest first. */
export function closeWords(word: string, vocabulary: readonly string[], limit = 3): string[] {
  const max = word.length >= 8 ? 2 : 1;
  const found: { w: string; d: number }[] = [];
  const buckets = lengthBuckets(vocabulary);
  // Only words whose length is within `max` of the word's can be that close.
  for (let n = Math.max(3, word.length - max); n <= word.length + max; n++) {
    for (const v of buckets[n] ?? []) {
      const d = editDistance(word, v, max);
      if (d <= max) found.push({ w: v, d });
    }
  }
  return found
    .sort((a, b) => a.d - b.d || a.w.localeCompare(b.w))
    .slice(0, limit)
    .map((f) => f.w);
}
