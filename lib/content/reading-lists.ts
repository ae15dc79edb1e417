import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import type { GlossaryEntry } from "./glossary";
import { type ReadingListFrontMatter, type ReadingStep, readingListFrontMatterSchema } from "./schema";
import { checkTermRef } from "./term-refs";
import { checkBody, type LinkTargets } from "./validate-body";

export type ReadingList = ReadingListFrontMatter & { slug: string; body: string; file: string };

export function loadReadingLists(root: string): {
  lists: ReadingList[];
  sources: Map<string, SourceFile>;
  problems: Problem[];
} {
  const { items, problems } = loadCollection(root, "reading-lists", readingListFrontMatterSchema);
  const sources = new Map(items.map((i) => [i.slug, i.source]));
  const lists = items.map(({ slug, data, source }) => ({ ...data, slug, body: source.body, file: source.file }));
  return { lists, sources, problems };
}

/** What a step points at, as one string ("term:cluster#envoy", "doc:/latest/docs/..."), to spot duplicates. */
export function stepKey(step: ReadingStep): string {
  if (step.term) return `term:${step.term}`;
  if (step.compare) return `compare:${step.compare}`;
  if (step.doc) return `doc:${step.doc}`;
  return `url:${step.url ?? ""}`;
}

type ListContext = {
  targets: LinkTargets;
  docsIds: ReadonlySet<string>;
  glossary: ReadonlyMap<string, GlossaryEntry>;
};

function stepProblem(step: ReadingStep, ctx: ListContext): string | null {
  if (step.term) return checkTermRef(step.term, ctx.targets);
  if (step.compare && !ctx.targets.compare.has(step.compare)) return `"${step.compare}" is not a comparison card`;
  if (step.doc && !ctx.docsIds.has(step.doc)) return `"${step.doc}" is not a page of the docs map`;
  return null;
}

/** References resolve, minutes add up, no step twice, and a term comes after the terms it needs. */
export function validateReadingLists(
  lists: ReadingList[],
  sources: Map<string, SourceFile>,
  ctx: ListContext,
): Problem[] {
  const problems: Problem[] = [];
  for (const list of lists) {
    const source = sources.get(list.slug);
    if (!source) continue;
    const at = (path: PropertyKey[], message: string) =>
      problems.push({ file: source.file, ...source.locate(path), message });
    const seen = new Map<string, string>();
    const termPosition = new Map<string, string>();
    let total = 0;
    list.stages.forEach((stage, si) => {
      stage.steps.forEach((step, i) => {
        const path = ["stages", si, "steps", i];
        const where = `stages[${si}].steps[${i}]`;
        total += step.minutes;
        const why = stepProblem(step, ctx);
        if (why) at(path, `${where}: ${why}`);
        const key = stepKey(step);
        const first = seen.get(key);
        if (first) at(path, `${where} repeats ${first}`);
        else seen.set(key, where);
        const slug = step.term?.split("#")[0];
        if (slug) {
          for (const needed of ctx.glossary.get(slug)?.prerequisites ?? []) {
            const inList = list.stages.some((s) => s.steps.some((x) => x.term?.split("#")[0] === needed));
            if (inList && !termPosition.has(needed)) {
              at(
                path,
                `${where}: "${slug}" needs "${needed}" first (its prerequisite), but "${needed}" comes later in the list`,
              );
            }
          }
          if (!termPosition.has(slug)) termPosition.set(slug, where);
        }
      });
    });
    if (total !== list.minutes) at(["minutes"], `\`minutes\` is ${list.minutes} but the steps add up to ${total}`);
    problems.push(...checkBody(source, ctx.targets));
  }
  return problems;
}
