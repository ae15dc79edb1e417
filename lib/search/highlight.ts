import { MAX_QUERY_CHARS, tokenize } from "../text/normalize";

export type Segment = { text: string; hit: boolean };

/** Splits `text` into runs, marking the words that a query word matches (whole word or prefix). */
export function highlight(text: string, query: string): Segment[] {
  const tokens = tokenize(query.slice(0, MAX_QUERY_CHARS)).filter((t) => t.length >= 2);
  if (tokens.length === 0 || text === "") return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const forms = tokenize(word, { keepStopwords: true });
    if (!forms.some((f) => tokens.some((t) => f.startsWith(t)))) continue;
    const start = m.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: word, hit: true });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}
