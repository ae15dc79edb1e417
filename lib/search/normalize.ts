import { stemmer } from "stemmer";

/**
 * One normaliser for everything that is indexed or searched, so that the text in the index and the
 * words of a query always meet in the same form.
 */

/** Longer queries are cut here, by the engine and the highlighter alike: no one types more. */
export const MAX_QUERY_CHARS = 500;

const STOPWORDS = new Set(
  "a an and are as at be by can do does for from how i in into is it its me my of on or the their this to what when where which who why will with you your should".split(
    " ",
  ),
);

/** Splits CamelCase and acronym runs: "VirtualService" -> "Virtual Service", "HTTPRoute" -> "HTTP Route". */
function splitCamel(word: string): string[] {
  // Most words have no capital to split at: skipping the two regexes halves words() on long pasted text.
  if (!/[A-Z]/.test(word)) return [word];
  const parts = word
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(" ");
  return parts.length > 1 && parts.every((p) => p.length > 1) ? parts : [word];
}

/**
 * Porter stemming, so that "injected", "injection" and "inject", or "policy" and "policies", meet. Short
 * tokens and anything with a digit are identifiers (xds, l7, 15001) and stay as they are.
 */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  let s = stemCache.get(token);
  if (s === undefined) {
    s = stemmer(token);
    // Bounded: arbitrary input (pasted text, fuzzing) must not grow memory without end.
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(token, s);
  }
  return s;
}

const stemCache = new Map<string, string>();

/** Raw words of a text (before lowercasing), split on anything that is not a letter or digit. */
function rawWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export type Word = { raw: string; stem: string };

/**
 * Words for indexing and querying, lower-cased, each with its stem: CamelCase kinds kept whole and split
 * ("VirtualService" -> virtualservice, virtual, service), stop words dropped.
 */
export function words(text: string, opts: { keepStopwords?: boolean; query?: boolean } = {}): Word[] {
  const out: Word[] = [];
  for (const word of rawWords(text)) {
    const parts = splitCamel(word);
    // The index keeps a kind whole and split; a query keeps only the parts, so "VirtualService" and
    // "virtual service" are the same query.
    const forms = parts.length === 1 ? [word] : opts.query ? parts : [word, ...parts];
    for (const form of forms) {
      const lower = form.toLowerCase();
      if (!opts.keepStopwords && STOPWORDS.has(lower)) continue;
      out.push({ raw: lower, stem: stem(lower) });
    }
  }
  return out;
}

/** The stems of `words`: what the index holds and a query looks up. */
export function tokenize(text: string, opts: { keepStopwords?: boolean; query?: boolean } = {}): string[] {
  return words(text, opts).map((w) => w.stem);
}

/** The normalised text FlexSearch indexes: tokens joined by spaces. */
export function normalizeText(text: string): string {
  return tokenize(text, { keepStopwords: true }).join(" ");
}

/** Case, spacing and punctuation folded, for exact name comparisons ("Virtual service" = "virtualservice"). */
export function foldQuery(text: string): string {
  return rawWords(text)
    .map((w) => stem(w.toLowerCase()))
    .join("");
}
