import type { IndexableRecord } from "../search/types";
import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import { defineKind } from "./kind";
import { type TeamDocFrontMatter, teamDocFrontMatterSchema } from "./schema";
import { isTarget } from "./validate-body";

export type TeamDoc = TeamDocFrontMatter & { slug: string; file: string };

/**
 * A team's own docs pages (runbooks, platform pages), from an overlay only: the built-in content has none.
 * Search finds them with Istio's docs pages; term pages list them under "In your team's docs".
 */
export const teamDocsKind = defineKind<TeamDoc[]>({
  files: "docs/<slug>.md",
  load(root, team = false) {
    if (!team) return { value: [], sources: new Map(), problems: [] };
    const { items, problems, unreadable } = loadCollection(root, "docs", teamDocFrontMatterSchema);
    return {
      value: items.map(({ slug, data, source }) => ({ ...data, slug, file: source.file })),
      sources: new Map(items.map((i) => [i.slug, i.source])),
      problems,
      unreadable,
    };
  },
  // The built-in content has no docs of its own: the team's are all there is.
  merge: (_builtIn, team) => team,
  validate(docs, sources, { targets }) {
    const problems: Problem[] = [];
    for (const doc of docs) {
      const source = sources.get(doc.slug);
      doc.terms.forEach((slug, i) => {
        if (!isTarget(targets, "glossary", slug) && source)
          problems.push({
            file: source.file,
            ...source.locate(["terms", i]),
            message: `"${slug}" is not a glossary entry`,
          });
      });
    }
    return problems;
  },
  records: (docs) =>
    docs.map(
      (d): IndexableRecord => ({
        kind: "doc",
        id: `team/${d.slug}`,
        sense: null,
        context: null,
        title: d.title,
        subtitle: "Your team's docs",
        url: d.url,
        text: d.summary,
        order: 0,
        aliases: [],
        cues: d.answers,
        links: d.terms,
        headings: d.headings,
        body: "",
      }),
    ),
  mentions: {
    id: "team-docs",
    title: "In your team's docs",
    list: (docs) => docs.map((d) => ({ href: d.url, label: d.title, slugs: d.terms })),
  },
});
