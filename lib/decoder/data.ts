import type { Content } from "../content/load";
import type { Context } from "../contexts";

/** What the decoder knows, as compact JSON: built at build time, shipped to /decode/, loaded by the CLI. */
export type DecoderSense = {
  id: string;
  context: Context;
  label: string;
  short: string;
  cues: string[];
  kinds: string[];
};
export type DecoderTerm = { slug: string; term: string; senses: DecoderSense[] };
export type DecoderData = {
  version: 1;
  terms: DecoderTerm[];
  /** [name as written, index into terms] for the term, its slug and every alias. */
  names: [string, number][];
};

export function buildDecoderData(content: Content): DecoderData {
  const terms: DecoderTerm[] = content.glossary.map((e) => ({
    slug: e.slug,
    term: e.term,
    senses: e.senses.map((s) => ({
      id: s.id,
      context: s.context,
      label: s.label,
      short: s.short,
      cues: s.cues,
      kinds: s.kinds,
    })),
  }));
  const names: [string, number][] = [];
  content.glossary.forEach((e, i) => {
    for (const name of new Set([e.term, e.slug.replace(/-/g, " "), ...e.aliases])) names.push([name, i]);
  });
  return { version: 1, terms, names };
}
