import { MAX_QUERY_CHARS, tokenize } from "../text/normalize";
import { WORD } from "./marks";

/**
 * The words of `texts`, as written, that a query word matches (whole word or prefix, after stemming): worked
 * out beside the engine, so that a page marks them (`markWords`, ./marks.ts) without the stemmer's code.
 */
export function matchedWords(texts: readonly string[], query: string): string[] {
  const tokens = tokenize(query.slice(0, MAX_QUERY_CHARS)).filter((t) => t.length >= 2);
  if (tokens.length === 0) return [];
  const found = new Set<string>();
  for (const text of texts)
    for (const [word] of text.matchAll(WORD))
      if (tokenize(word, { keepStopwords: true }).some((f) => tokens.some((t) => f.startsWith(t)))) found.add(word);
  return [...found];
}
