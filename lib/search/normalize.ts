/**
 * One normaliser for everything that is indexed or searched, so that the text in the index and the
 * words of a query always meet in the same form.
 */

const STOPWORDS = new Set(
  "a an and are as at be by can do does for from how i in into is it its me my of on or the their this to what when where which who why will with you your should".split(
    " ",
  ),
);

/** Splits CamelCase and acronym runs: "VirtualService" -> "Virtual Service", "HTTPRoute" -> "HTTP Route". */
function splitCamel(word: string): string[] {
  const parts = word
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(" ");
  return parts.length > 1 && parts.every((p) => p.length > 1) ? parts : [word];
}

/** A light plural stemmer: "policies" -> "policy", "gateways" -> "gateway", "ingresses" -> "ingress". */
export function stem(token: string): string {
  if (token.length <= 3 || /\d/.test(token)) return token;
  if (token.endsWith("ies") && token.length > 4) return `${token.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(token)) return token.slice(0, -2);
  if (token.endsWith("s") && !/(ss|us|is|os)$/.test(token)) return token.slice(0, -1);
  return token;
}

/** Raw words of a text (before lowercasing), split on anything that is not a letter or digit. */
function rawWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Tokens for indexing and querying: lower-cased, stemmed, CamelCase kinds kept whole and split
 * ("VirtualService" -> virtualservice, virtual, service), stop words dropped.
 */
export function tokenize(text: string, opts: { keepStopwords?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const word of rawWords(text)) {
    const parts = splitCamel(word);
    const forms = parts.length > 1 ? [word, ...parts] : [word];
    for (const form of forms) {
      const lower = form.toLowerCase();
      if (!opts.keepStopwords && STOPWORDS.has(lower)) continue;
      out.push(stem(lower));
    }
  }
  return out;
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
