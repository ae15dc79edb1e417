import type { SearchResult } from "./types";

/** A result as a page shows it: with the words of its title, subtitle and text that the query matched. */
export type MarkedResult = SearchResult & { marked: string[] };

/** What a result line shows, whose words the query may mark. */
export function shownTexts(r: SearchResult): { title: string; subtitle: string; text: string } {
  return { title: r.title, subtitle: r.heading ? `${r.subtitle} › ${r.heading.text}` : r.subtitle, text: r.text };
}

/** A run of text, marked when a query matched it. */
export type Segment = { text: string; hit: boolean };

/** A word as search reads one: letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Splits `text` into runs, marking the words `hit` accepts. Apart from ./highlight.ts, so that a page marking
 * the words the engine found (in a Web Worker) carries no stemmer.
 */
export function markWords(text: string, hit: (word: string) => boolean): Segment[] {
  if (text === "") return [{ text, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!hit(word)) continue;
    const start = m.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), hit: false });
    segments.push({ text: word, hit: true });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), hit: false });
  return segments;
}
