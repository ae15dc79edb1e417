import { routes } from "../routes";
import type { IndexableRecord } from "../search/types";
import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import { splitTermRef } from "../source/term-ref";
import { foldQuery, VERSUS } from "../text/normalize";
import { plainText } from "./glossary";
import { defineKind, type ValidationContext } from "./kind";
import { scanMarkdown } from "./markdown-scan";
import type { Content } from "./registry";
import { type CompareFrontMatter, compareFrontMatterSchema } from "./schema";
import { checkTermRef } from "./term-refs";
import { checkBody } from "./validate-body";

export type CompareCard = CompareFrontMatter & { id: string; body: string; file: string };

/** Comparison cards: one mix-up settled in a table. */
export const compareKind = defineKind<CompareCard[]>({
  files: "compare/<id>.md",
  load(root) {
    const { items, problems, unreadable } = loadCollection(root, "compare", compareFrontMatterSchema);
    const cards = items.map(({ slug, data, source }) => ({ ...data, id: slug, body: source.body, file: source.file }));
    return { value: cards, sources: new Map(items.map((i) => [i.slug, i.source])), problems, unreadable };
  },
  targets: (cards) => ({ segment: "compare", noun: "a comparison card", ids: new Map(cards.map((c) => [c.id, null])) }),
  validate: validateCompareCards,
  records: (cards, content) => cards.map((c) => cardRecord(c, content)),
  mentions: {
    id: "compared-in",
    title: "Compared side by side",
    list: (cards) =>
      cards.map((c) => ({
        href: routes.compare(c.id),
        label: c.title,
        slugs: c.terms.map((t) => t.split("#")[0] ?? t),
      })),
  },
});

const DECISION_HEADING = /^##\s+Which one do I need\?\s*$/m;

function validateCompareCards(
  cards: readonly CompareCard[],
  sources: ReadonlyMap<string, SourceFile>,
  { targets }: ValidationContext,
): Problem[] {
  const problems: Problem[] = [];
  for (const card of cards) {
    const source = sources.get(card.id);
    if (!source) continue;
    card.terms.forEach((ref, i) => {
      const why = checkTermRef(ref, targets);
      if (why) problems.push({ file: source.file, ...source.locate(["terms", i]), message: `\`terms\`: ${why}` });
    });
    problems.push(...checkBody(source, targets));
    const { tables } = scanMarkdown(source.body);
    if (tables === 0) {
      problems.push({ file: source.file, line: source.bodyLine, col: 1, message: "a comparison card needs a table" });
    }
    if (!DECISION_HEADING.test(source.body)) {
      problems.push({
        file: source.file,
        line: source.bodyLine,
        col: 1,
        message: 'a comparison card needs a "## Which one do I need?" section',
      });
    }
  }
  return problems;
}

/** A card is found by its title, its summary and the names of the terms it compares (so "X vs Y" finds it). */
function cardRecord(card: CompareCard, content: Content): IndexableRecord {
  const bySlug = new Map(content.glossary.map((e) => [e.slug, e]));
  const terms = card.terms.flatMap((ref) => bySlug.get(ref.split("#")[0] ?? ref) ?? []);
  const linked = new Set(terms.map((e) => e.slug));
  return {
    kind: "card",
    id: card.id,
    sense: null,
    context: null,
    title: card.title,
    subtitle: "Comparison card",
    url: routes.compare(card.id),
    text: card.summary,
    order: 0,
    aliases: [card.id.replace(/-/g, " ")],
    cues: terms.map((e) => e.term),
    keywords: terms.flatMap((e) => e.aliases),
    links: [
      ...card.terms.filter((ref) => bySlug.has(splitTermRef(ref)[0])),
      ...titledTerms(card.title, content).filter((slug) => !linked.has(slug)),
    ],
    body: plainText(card.body),
  };
}

/**
 * Terms the card's title names as one of its columns ("… vs ztunnel vs waypoint"), beyond the senses it links:
 * a card about ztunnel is about the ztunnel entry too. A column that names several entries, one of them linked
 * already, adds none.
 */
function titledTerms(title: string, content: Content): string[] {
  const byName = new Map<string, Set<string>>();
  for (const e of content.glossary)
    for (const name of [e.term, ...e.aliases])
      byName.set(foldQuery(name), (byName.get(foldQuery(name)) ?? new Set()).add(e.slug));
  return title.split(VERSUS).flatMap((column) => {
    const slugs = [...(byName.get(foldQuery(column.replace(/^the\s+/i, ""))) ?? [])];
    return slugs.length === 1 ? slugs : [];
  });
}
