/** A spelling found in a text, and whose spelling it is. */
export type PhraseHit<T> = { owner: T; spelling: string; start: number; end: number };

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Finds written spellings (error codes, long flag names, messages) in a text: case-insensitively, on word
 * boundaries, longest first, never overlapping. A spelling several owners share (Envoy's
 * `upstream_reset_before_response_started` goes with UF, UC, UR...) says which family, not which one, so it is
 * not matched; nor is one shorter than `minLength`, where a plain word would be mistaken for a code.
 * A `<placeholder>` in a spelling (`rbac_access_denied_matched_policy[ns[<namespace>]-policy[<name>]…]`)
 * stands for one run of characters without spaces, quotes or brackets.
 * The search engine and the decoder both read pasted text with it.
 */
export function phraseFinder<T>(
  entries: Iterable<readonly [spelling: string, owner: T]>,
  minLength = 6,
): (text: string) => PhraseHit<T>[] {
  // Spellings are found by their first three letters (`headAt`).
  if (minLength < 3) throw new Error(`phraseFinder: minLength ${minLength} is under 3`);
  const owners = new Map<string, { spelling: string; owners: Set<T> }>();
  for (const [spelling, owner] of entries) {
    if (spelling.length < minLength) continue;
    const key = spelling.toLowerCase();
    const entry = owners.get(key) ?? { spelling, owners: new Set<T>() };
    entry.owners.add(owner);
    owners.set(key, entry);
  }
  const single = [...owners].flatMap(([key, e]) =>
    e.owners.size === 1 ? [[key, [...e.owners][0] as T] as const] : [],
  );
  // Longest first, as the exact spellings: `unknown field "<name>" in v1alpha1.IstioOperatorSpec` before the
  // bare `unknown field "<path>"` it holds.
  const patterns = single
    .filter(([key]) => PLACEHOLDER.test(key))
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
    // Each with its longest literal piece: a text without it cannot match, and is not scanned with the pattern.
    .map(([key, owner]) => [pattern(key), owner, longestLiteral(key)] as const);
  const phrases = single
    .filter(([key]) => !PLACEHOLDER.test(key))
    .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  // The spellings by their first letters: one pass over a text finds every occurrence, where a search per
  // spelling would read a long pasted log hundreds of times.
  const byHead = new Map<number, number[]>();
  phrases.forEach(([needle], i) => {
    const key = headAt(needle, 0);
    byHead.set(key, [...(byHead.get(key) ?? []), i]);
  });
  const shortest = Math.min(...phrases.map(([needle]) => needle.length));
  return (text) => {
    const lower = text.toLowerCase();
    // toLowerCase keeps UTF-16 offsets for everything but a few letters (İ); fall back to no matches then.
    if (lower.length !== text.length) return [];
    const hits: PhraseHit<T>[] = [];
    // Where each spelling occurs (by its index in `phrases`), in ascending order.
    const occurs: number[][] = [];
    for (let at = 0; at + shortest <= lower.length; at++) {
      for (const i of byHead.get(headAt(lower, at)) ?? []) {
        if (!lower.startsWith(phrases[i]?.[0] ?? "", at)) continue;
        const list = occurs[i];
        if (list) list.push(at);
        else occurs[i] = [at];
      }
    }
    // Exact spellings first, longest first (they are surer), then the ones with placeholders in what is left.
    phrases.forEach(([needle, owner], i) => {
      // After a match, the next one of the same spelling starts past it.
      let from = 0;
      for (const at of occurs[i] ?? []) {
        if (at < from) continue;
        const end = at + needle.length;
        if (!boundary(text, at - 1, needle[0]) || !boundary(text, end, needle[needle.length - 1])) continue;
        if (hits.some((h) => at < h.end && end > h.start)) continue;
        hits.push({ owner, spelling: text.slice(at, end), start: at, end });
        from = end;
      }
    });
    for (const [re, owner, literal] of patterns) {
      if (!lower.includes(literal)) continue;
      for (const m of lower.matchAll(re)) {
        const at = m.index ?? 0;
        const end = at + m[0].length;
        if (!boundary(text, at - 1, m[0][0]) || !boundary(text, end, m[0][m[0].length - 1])) continue;
        if (hits.some((h) => at < h.end && end > h.start)) continue;
        hits.push({ owner, spelling: text.slice(at, end), start: at, end });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  };
}

/**
 * A `<placeholder>` in a spelling or a cue: one run of characters without spaces, quotes or brackets, at most 100
 * long (a name, a namespace, a pod), so that a pattern starting with one stays linear over a long pasted run.
 */
export const PLACEHOLDER = /<[a-z][a-z -]*>/;
const PLACEHOLDER_ALL = /<[a-z][a-z -]*>/g;
const LEADING_PLACEHOLDER = /^<[a-z][a-z -]*>/;
/** What a placeholder matches (see below), and the place such a run starts: no character of one before it. */
const PLACEHOLDER_RUN = `[^\\s"'\\[\\]{}<>]{1,100}`;
const RUN_START = `(?<![^\\s"'\\[\\]{}<>])`;

/** The longest piece of a spelling between its placeholders: every text its pattern matches holds it. */
export function longestLiteral(spelling: string): string {
  return spelling.split(PLACEHOLDER_ALL).reduce((a, b) => (b.length > a.length ? b : a), "");
}

/** A spelling with placeholders as a global pattern over lower-cased text. */
export function pattern(spelling: string): RegExp {
  const source = spelling
    .split(/(<[a-z][a-z -]*>)/)
    .map((piece, i) => (i % 2 === 1 ? PLACEHOLDER_RUN : piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  // One that starts with a placeholder is tried only where such a run starts, not at every character inside
  // one: the leftmost match starts there anyway, and a long pasted log has a hundred times fewer of them.
  return new RegExp(LEADING_PLACEHOLDER.test(spelling) ? `${RUN_START}${source}` : source, "g");
}

/**
 * The first three UTF-16 units of the text at `at` as one small integer, ten bits of each (a Map key without a
 * string per position, and small enough for V8 to keep unboxed). Letters beyond those bits may share a key: the
 * spellings under it are checked in full anyway.
 */
function headAt(text: string, at: number): number {
  return (
    ((text.charCodeAt(at) & 1023) << 20) | ((text.charCodeAt(at + 1) & 1023) << 10) | (text.charCodeAt(at + 2) & 1023)
  );
}

/** A spelling that starts (or ends) with a word character must not continue a longer word there. */
function boundary(text: string, at: number, edge: string | undefined): boolean {
  if (at < 0 || at >= text.length || !edge || !WORD_CHAR.test(edge)) return true;
  return !WORD_CHAR.test(text[at] ?? "");
}
