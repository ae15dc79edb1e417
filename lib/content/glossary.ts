import { routes } from "../routes";
import type { IndexableRecord } from "../search/types";
import { loadCollection } from "../source/collection";
import { foldQuery } from "../text/normalize";
import { defineKind } from "./kind";
import { type GlossaryFrontMatter, glossaryFrontMatterSchema } from "./schema";
import { validateGlossary } from "./validate-glossary";

export type GlossaryEntry = GlossaryFrontMatter & {
  slug: string;
  body: string;
  /** Path of the source file, relative to the working directory, for "edit this page" and errors. */
  file: string;
};

/** Glossary entries, one file per term, sorted by term (case-insensitive). */
export const glossaryKind = defineKind<GlossaryEntry[]>({
  files: "glossary/<slug>.md",
  load(root) {
    const { items, problems } = loadCollection(root, "glossary", glossaryFrontMatterSchema);
    const entries = items.map(({ slug, data, source }) => {
      if (data.slug !== undefined && data.slug !== slug) {
        problems.push({
          file: source.file,
          ...source.locate(["slug"]),
          message: `\`slug\` is "${data.slug}" but the file name says "${slug}"`,
        });
      }
      return { ...data, slug, body: source.body, file: source.file };
    });
    entries.sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
    return { value: entries, sources: new Map(items.map((i) => [i.slug, i.source])), problems };
  },
  targets: (entries) => ({
    segment: "glossary",
    noun: "a glossary entry",
    ids: new Map(entries.map((e) => [e.slug, new Set(e.senses.map((s) => s.id))])),
  }),
  validate: validateGlossary,
  records: glossaryRecords,
});

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
export function plainText(md: string): string {
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
    const labels = new Set(e.senses.map((s) => foldQuery(s.label)));
    for (const [order, s] of e.senses.entries()) {
      // A sense's own section of the body, plus the sections that belong to no one sense.
      const own = parts.filter((p) => foldQuery(p.heading) === foldQuery(s.label) || !labels.has(foldQuery(p.heading)));
      records.push({
        kind: "term",
        id: e.slug,
        sense: s.id,
        context: s.context,
        title: e.term,
        subtitle: s.label,
        url: routes.term(e.slug, s.id),
        text: s.short,
        order,
        aliases: [e.slug.replace(/-/g, " "), ...e.aliases],
        cues: s.cues,
        body: plainText(own.map((p) => `${p.heading}\n${p.text}`).join("\n")),
      });
    }
  }
  return records;
}
