import { routes } from "../routes";
import type { IndexableRecord } from "../search/types";
import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import { foldQuery } from "../text/normalize";
import { defineKind, type KindLoad } from "./kind";
import { printedMessages } from "./printed";
import type { Content } from "./registry";
import { type GlossaryFrontMatter, glossaryFrontMatterSchema, teamGlossaryFrontMatterSchema } from "./schema";
import { sections } from "./sections";
import { teamSourceKey, validateGlossary } from "./validate-glossary";

export type GlossaryEntry = GlossaryFrontMatter & {
  slug: string;
  body: string;
  /** Path of the source file, relative to the working directory, for "edit this page" and errors. */
  file: string;
  /** What a team's overlay brought: the ids of its senses here, and its file. */
  team?: { senses: readonly string[]; file: string; mode?: "extends" | "replaces" };
};

/** Glossary entries, one file per term, sorted by term (case-insensitive). */
export const glossaryKind = defineKind<GlossaryEntry[]>({
  files: "glossary/<slug>.md",
  load(root, team = false) {
    const { items, problems, unreadable } = team
      ? loadCollection(root, "glossary", teamGlossaryFrontMatterSchema)
      : loadCollection(root, "glossary", glossaryFrontMatterSchema);
    const entries = items.map(({ slug, data, source }): GlossaryEntry => {
      if (data.slug !== undefined && data.slug !== slug) {
        problems.push({
          file: source.file,
          ...source.locate(["slug"]),
          message: `\`slug\` is "${data.slug}" but the file name says "${slug}"`,
        });
      }
      const { extends: extending, replaces, ...fields } = { extends: undefined, replaces: undefined, ...data };
      const mode = extending ? "extends" : replaces ? "replaces" : undefined;
      return {
        ...fields,
        slug,
        body: source.body,
        file: source.file,
        ...(team ? { team: { senses: fields.senses.map((x) => x.id), file: source.file, ...(mode && { mode }) } } : {}),
      };
    });
    entries.sort(byTerm);
    return { value: entries, sources: new Map(items.map((i) => [i.slug, i.source])), problems, unreadable };
  },
  merge: mergeTeamGlossary,
  targets: (entries) => ({
    segment: "glossary",
    noun: "a glossary entry",
    ids: new Map(entries.map((e) => [e.slug, new Set(e.senses.map((s) => s.id))])),
  }),
  validate: validateGlossary,
  records: glossaryRecords,
});

const byTerm = (a: GlossaryEntry, b: GlossaryEntry) => a.term.localeCompare(b.term, "en", { sensitivity: "base" });

/**
 * A team's entries over the built-in ones: new slugs join; `extends: true` adds the entry's senses and aliases
 * to the built-in entry (a sense id it already has is an error naming both files); `replaces: true` stands in
 * for it; the same slug with neither is an error naming both files.
 */
function mergeTeamGlossary(
  base: KindLoad<GlossaryEntry[]>,
  team: KindLoad<GlossaryEntry[]>,
): KindLoad<GlossaryEntry[]> {
  const bySlug = new Map(base.value.map((e) => [e.slug, e]));
  const sources = new Map(base.sources);
  const problems: Problem[] = [...base.problems, ...team.problems];
  for (const entry of team.value) {
    const builtIn = bySlug.get(entry.slug);
    const teamSource = team.sources.get(entry.slug);
    const at = (key: string) => ({ file: entry.file, ...(teamSource?.locate([key]) ?? { line: 1, col: 1 }) });
    const mode = entry.team?.mode;
    if (!builtIn || mode === "replaces") {
      if (!builtIn && mode)
        problems.push({ ...at(mode), message: `\`${mode}: true\` but there is no built-in entry "${entry.slug}"` });
      bySlug.set(entry.slug, entry);
      if (teamSource) sources.set(entry.slug, teamSource);
      continue;
    }
    if (mode !== "extends") {
      problems.push({
        ...at("term"),
        message: `"${entry.slug}" is already a built-in entry (${builtIn.file}:1:1); say \`extends: true\` to add senses to it or \`replaces: true\` to stand in for it`,
      });
      continue;
    }
    const taken = new Set(builtIn.senses.map((x) => x.id));
    const added = entry.senses.filter((sense, i) => {
      if (!taken.has(sense.id)) return true;
      problems.push({
        file: entry.file,
        ...(teamSource?.locate(["senses", i, "id"]) ?? { line: 1, col: 1 }),
        message: `sense "${sense.id}" already exists in ${builtIn.file}; give the team's sense another id`,
      });
      return false;
    });
    // Checks run on the merged entry; what the team added is found in the team's file through this key.
    if (teamSource) sources.set(teamSourceKey(entry.slug), teamSource);
    bySlug.set(entry.slug, {
      ...builtIn,
      aliases: [...builtIn.aliases, ...entry.aliases.filter((a) => !builtIn.aliases.includes(a))],
      senses: [...builtIn.senses, ...added],
      team: { senses: added.map((x) => x.id), file: entry.file },
    });
  }
  return { value: [...bySlug.values()].sort(byTerm), sources, problems };
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
export function glossaryRecords(entries: readonly GlossaryEntry[], content: Content): IndexableRecord[] {
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
        ...patternsOf(content, `${e.slug}#${s.id}`),
      });
    }
  }
  return records;
}

/** The messages the program a sense is prints (content/printed/), which name it when pasted. */
function patternsOf(content: Content, sense: string): { patterns?: string[] } {
  const messages = printedMessages(content.printed, { sense });
  return messages.length > 0 ? { patterns: messages } : {};
}
