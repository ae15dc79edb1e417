import { stemmer } from "stemmer";

/**
 * The one text normaliser. Every module that compares words (search, the decoder's matcher and chooser, term
 * links, short links, alias checks) uses a named variant from here, so that two places never disagree on
 * what "the same word" means:
 * - `words` / `tokenize` / `normalizeText`: stemmed search words (index and query meet in the same form);
 * - `foldQuery`: a whole query or name folded and stemmed, for exact-name comparison in search;
 * - `foldName`: a name folded without stemming, for alias uniqueness and the decoder's name lookup;
 * - `nameWords`: words with plurals folded but not stemmed, for finding a term's name in a page title;
 * - `cueWords`: the decoder's context words (identifiers with `-` and `_` kept whole);
 * - `slugWord`: the lower-case hyphenated form of a short link (`/go/<word>/`).
 */

/** Longer queries are cut here, by the engine and the highlighter alike: no one types more. */
export const MAX_QUERY_CHARS = 500;

const STOPWORDS = new Set(
  "a an and are as at be by can do does for from how i in into is it its me my of on or the their this to what when where which who why will with you your should".split(
    " ",
  ),
);

/** Whether a lower-case word is a stop word: "and", "the", "with", "how". */
export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/**
 * Shorthand that stands for one word wherever it is written ("cert" is a certificate, "k8s" Kubernetes): read as
 * that word, so a query in shorthand meets pages written out, and the reverse.
 */
const SHORTHAND = new Map([
  ["cert", "certificate"],
  ["certs", "certificates"],
  ["authn", "authentication"],
  ["authz", "authorization"],
  ["k8s", "kubernetes"],
]);

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
 * A field name's camelCase humps spaced into words: "trafficPolicy" -> "traffic Policy". Acronym runs stay
 * whole ("HTTPRoute" is no HTTP anything), unlike the tokenizer's `splitCamel`.
 */
export function spacedCamel(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
}

/** Between the things a title or a question sets against each other: "A vs B", "A versus B". */
export const VERSUS = /\s+(?:vs\.?|versus|v\.s\.)\s+/i;

/** A word with a digit is an identifier (l7, 15001, IST0110): not stemmed, and not spelling-corrected. */
export const HAS_DIGIT = /\d/;

/**
 * Porter stemming, so that "injected", "injection" and "inject", or "policy" and "policies", meet. Short
 * tokens and anything with a digit are identifiers (xds, l7, 15001) and stay as they are.
 */
export function stem(token: string): string {
  if (token.length <= 3 || HAS_DIGIT.test(token)) return token;
  const kept = OWN_STEMS.get(token);
  if (kept !== undefined) return kept;
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

/**
 * Words the stemmer would merge with a different word of this domain: "locality" (where a workload runs) is no
 * form of "local" (`cluster.local`), a certificate "authority" none of "authorization", TLS "origination" none of
 * an "original" destination, an Envoy "listener" none of what a server listens on, an "operator" none of the
 * Operations docs or a policy's `operation`, trace "sampling" none of Istio's samples, PERMISSIVE mTLS none of a
 * "permission".
 */
const OWN_STEMS = new Map([
  ["locality", "locality"],
  ["localities", "locality"],
  ["authority", "authority"],
  ["authorities", "authority"],
  ["origination", "originat"],
  ["originate", "originat"],
  ["originates", "originat"],
  ["originating", "originat"],
  ["originated", "originat"],
  ["listener", "listener"],
  ["listeners", "listener"],
  ["operator", "operator"],
  ["operators", "operator"],
  ["sampling", "sampling"],
  ["sampled", "sampling"],
  ["permissive", "permissive"],
  ["identical", "identical"],
]);

/** A possessive or a contraction's ending ("pod's", "doesn't", "we're"): no word of its own. */
const CLITIC = /(?<=\p{L})['’](?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/giu;

/**
 * A text's words in lower case between single spaces, with a space at each end, so that a run of words is found
 * inside another by `includes` (" private registry " in " configure it for a private registry ").
 */
export function spacedWords(text: string): string {
  return ` ${rawWords(text).join(" ").toLowerCase()} `;
}

/**
 * Whether every word of a several-word name stands in a label in the same order, others between allowed
 * ("container registry" in "Container image registry").
 */
function inOrder(name: string, label: string): boolean {
  const want = name.trim().split(" ");
  if (want.length < 2) return false;
  let at = 0;
  for (const word of label.trim().split(" ")) if (word === want[at]) at++;
  return at >= want.length;
}

/**
 * Whether a sense writes one of its term's aliases itself: the alias is its label, its words stand in the label
 * in order, or one of its cues holds it ("image tag" is the container-image sense's, not the Git tag's). The
 * engine reads a query's alias so, and a docs page linked to one sense keeps only the aliases no other sense writes.
 */
export function senseWrites(alias: string, label: string, cues: readonly string[]): boolean {
  const key = foldName(alias);
  return (
    foldName(label) === key ||
    inOrder(spacedWords(alias), spacedWords(label)) ||
    (key.length >= 4 && cues.some((cue) => foldName(cue).includes(key)))
  );
}

/** Raw words of a text (before lowercasing), split on anything that is not a letter or digit. */
function rawWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(CLITIC, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export type Word = { readonly raw: string; readonly stem: string };
type Form = Word & { readonly stop: boolean };

/**
 * Each raw word's forms (whole and split, lower-cased, stemmed), worked out once: building the index meets the
 * same few thousand words hundreds of thousands of times. One cache for indexing, one for queries (which keep
 * only the parts of a CamelCase word). Bounded like the stems' cache.
 */
const formCaches = [new Map<string, readonly Form[]>(), new Map<string, readonly Form[]>()] as const;

function formsOf(word: string, query: boolean): readonly Form[] {
  const cache = formCaches[query ? 1 : 0];
  let forms = cache.get(word);
  if (forms === undefined) {
    const parts = splitCamel(word);
    // The index keeps a kind whole and split; a query keeps only the parts, so "VirtualService" and
    // "virtual service" are the same query.
    forms = (parts.length === 1 ? [word] : query ? parts : [word, ...parts]).map((form) => {
      const lower = form.toLowerCase();
      return { raw: lower, stem: stem(SHORTHAND.get(lower) ?? lower), stop: STOPWORDS.has(lower) };
    });
    if (cache.size > 50_000) cache.clear();
    cache.set(word, forms);
  }
  return forms;
}

/**
 * Words for indexing and querying, lower-cased, each with its stem: CamelCase kinds kept whole and split
 * ("VirtualService" -> virtualservice, virtual, service), stop words dropped. The words are shared: read only.
 */
export function words(text: string, opts: { keepStopwords?: boolean; query?: boolean } = {}): Word[] {
  const out: Word[] = [];
  for (const word of rawWords(text))
    for (const form of formsOf(word, opts.query === true)) if (opts.keepStopwords || !form.stop) out.push(form);
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

/**
 * Written like an identifier rather than a word: `LEAST_REQUEST`, `trafficPolicy`, `istio.io/rev`, `5xx`. Search
 * reads only such words of a question as reference names; the reference importer counts only such names as used.
 */
export const IDENTIFIER = /[_./]|\p{N}|\p{Ll}\p{Lu}|^\p{Lu}{3,}$/u;

/** Case, spacing and punctuation folded, without stemming: "Virtual service" = "virtualservice". */
export function foldName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Words for finding a name on a page: lower-cased and plurals folded, but not stemmed ("sample" is not
 * "sampling", which a stemmer would merge).
 */
export function nameWords(text: string): string[] {
  return words(text, { keepStopwords: true }).map((w) => (w.raw.length > 3 ? w.raw.replace(/(?<!s)s$/, "") : w.raw));
}

const CUE_STOPWORDS = new Set(
  [
    "a an and are as at be by for from in is it of on or the to with this that your you can its",
    // Function words say nothing of a sense: "no" from a cue "no selector" is no evidence beside "no sidecar".
    "no not only every all any each some same other also but if then than so there when where which what who how",
    "why do does did has have had was were been will would should could may might must into per via both just",
    "our we they them their these those while",
  ]
    .join(" ")
    .split(" "),
);

/**
 * The decoder's context words: lower-cased, identifiers such as `proxy-config` or `config_dump` kept whole,
 * one-letter words and stop words dropped.
 */
export function cueWords(text: string): string[] {
  return (text.toLowerCase().match(WORD_RUN) ?? []).filter(isCueWord);
}

/** A run of letters and digits, with `_` and `-` inside: one word to the decoder. */
export const WORD_RUN = /[\p{L}\p{N}][\p{L}\p{N}_-]*/gu;

/** Whether a lower-case word run counts as a context word: longer than one letter, not a stop word. */
export const isCueWord = (w: string): boolean => w.length > 1 && !CUE_STOPWORDS.has(w);

/** istioctl's short forms of its subcommands: the aliases its commands declare (`istioctl pc`, `istioctl zc`). */
const ISTIOCTL_SHORT: Readonly<Record<string, string>> = {
  pc: "proxy-config",
  ps: "proxy-status",
  x: "experimental",
  zc: "ztunnel-config",
};

/**
 * A text with istioctl's short subcommands spelled out ("istioctl pc cluster" is `istioctl proxy-config cluster`),
 * so the short form finds a name, cue or reference entry written in full.
 */
export function spellIstioctl(text: string): string {
  return text.replace(/\b(istioctl\s+)(pc|ps|x|zc)\b(?![-./])/gi, (whole, lead: string, sub: string) => {
    const long = ISTIOCTL_SHORT[sub.toLowerCase()];
    return long ? `${lead}${long}` : whole;
  });
}
