import type { GlossaryEntry } from "../content/glossary";
import { foldQuery } from "./normalize";
import type { IndexableRecord } from "./types";

/** Splits a Markdown body into `## ` sections: heading text and everything under it. */
function sections(body: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [{ heading: "", text: "" }];
  for (const line of body.split("\n")) {
    const m = /^##\s+(.*)$/.exec(line);
    if (m) out.push({ heading: m[1] ?? "", text: "" });
    else {
      const last = out[out.length - 1];
      if (last) last.text += `${line}\n`;
    }
  }
  return out;
}

/** Markdown reduced to its words: link targets, code fences and table rules dropped. */
function plainText(md: string): string {
  return md
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[`*_#>|[\]-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** One record per sense, so a query can land on `/glossary/cluster/#envoy`. */
export function glossaryRecords(entries: readonly GlossaryEntry[]): IndexableRecord[] {
  const records: IndexableRecord[] = [];
  for (const e of entries) {
    const parts = sections(e.body);
    for (const [order, s] of e.senses.entries()) {
      const own = parts.filter((p) => foldQuery(p.heading) === foldQuery(s.label));
      const shared = parts.filter((p) => !e.senses.some((o) => foldQuery(o.label) === foldQuery(p.heading)));
      const body = plainText([...own, ...shared].map((p) => `${p.heading}\n${p.text}`).join("\n"));
      records.push({
        kind: "term",
        id: e.slug,
        sense: s.id,
        context: s.context,
        title: e.term,
        subtitle: s.label,
        url: `/glossary/${e.slug}/#${s.id}`,
        text: s.short,
        primary: [...new Set([e.term, e.slug].map(foldQuery))],
        names: [...new Set([...e.aliases, s.label].map(foldQuery))],
        order,
        source: {
          name: e.term,
          aliases: [e.slug.replace(/-/g, " "), ...e.aliases].join(" ; "),
          label: s.label,
          short: s.short,
          cues: s.cues.join(" ; "),
          body,
        },
      });
    }
  }
  return records;
}
