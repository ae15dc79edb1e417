import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import { scanMarkdown } from "./markdown-scan";
import { type CompareFrontMatter, compareFrontMatterSchema } from "./schema";
import { checkTermRef } from "./term-refs";
import { checkBody, type LinkTargets } from "./validate-body";

export type CompareCard = CompareFrontMatter & { id: string; body: string; file: string };

export function loadCompareCards(root: string): {
  cards: CompareCard[];
  sources: Map<string, SourceFile>;
  problems: Problem[];
} {
  const { items, problems } = loadCollection(root, "compare", compareFrontMatterSchema);
  const sources = new Map(items.map((i) => [i.slug, i.source]));
  const cards = items.map(({ slug, data, source }) => ({ ...data, id: slug, body: source.body, file: source.file }));
  return { cards, sources, problems };
}

const DECISION_HEADING = /^##\s+Which one do I need\?\s*$/m;

export function validateCompareCards(
  cards: CompareCard[],
  sources: Map<string, SourceFile>,
  targets: LinkTargets,
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
