import type { DecoderData } from "../../lib/decoder/data";
import { type Reading, readingMarks } from "../../lib/decoder/reading";
import { routes } from "../../lib/routes";
import type { MarkInfo } from "./protocol";

/**
 * A reading as the marks a page underlines: terms and error codes, each with what its card says. Parts of
 * pasted structures are left to the site's decoder page: on a page they are noise around the words people ask.
 */
export function marksOf(reading: Reading, data: DecoderData): MarkInfo[] {
  const senseOf = new Map(data.terms.map((t) => [t.slug, new Map(t.senses.map((s) => [s.id, s]))]));
  const out: MarkInfo[] = [];
  for (const m of readingMarks(reading)) {
    if (m.kind === "code") {
      const c = reading.codes[m.index];
      if (!c) continue;
      out.push({
        start: c.start,
        end: c.end,
        key: `code:${c.error}`,
        context: "error",
        label: `${c.code}: ${c.title}`,
        short: c.short,
        reason: c.reason,
        confidence: null,
        unsure: false,
        alternatives: [],
        path: routes.error(c.error),
      });
    } else if (m.kind === "term") {
      const a = reading.terms[m.index];
      if (!a) continue;
      const senses = senseOf.get(a.term);
      const sense = senses?.get(a.sense);
      if (!senses || !sense) continue;
      out.push({
        start: a.start,
        end: a.end,
        key: `term:${a.term}#${a.sense}`,
        context: a.context,
        label: sense.label,
        short: sense.short,
        reason: a.reason,
        confidence: a.confidence,
        unsure: a.unsure,
        alternatives: a.alternatives.slice(0, 3).map((alt) => ({
          label: senses.get(alt.sense)?.label ?? alt.sense,
          confidence: alt.confidence,
        })),
        path: routes.term(a.term, a.sense),
      });
    }
  }
  return out;
}

/**
 * The first mark of each sense or code, for a page that marks first mentions only: a word used in two senses in
 * one section is marked at the first use of each, which is where a reader needs telling.
 */
export function firstMentions(marks: readonly MarkInfo[]): MarkInfo[] {
  const seen = new Set<string>();
  return marks.filter((m) => !seen.has(m.key) && seen.add(m.key));
}
