import { routes } from "../routes";
import type { IndexableRecord } from "../search/types";
import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import { defineKind, type ValidationContext } from "./kind";
import { resolveStep, stepKey } from "./resolve-step";
import { type ReadingListFrontMatter, type ReadingStep, readingListFrontMatterSchema } from "./schema";
import { checkTermRef } from "./term-refs";
import { checkBody, isTarget } from "./validate-body";

export type ReadingList = ReadingListFrontMatter & { slug: string; body: string; file: string };

/** Reading lists: ordered steps through terms, cards and docs pages towards one outcome. */
export const readingListKind = defineKind<ReadingList[]>({
  files: "reading-lists/<slug>.md",
  load(root) {
    const { items, problems, unreadable } = loadCollection(root, "reading-lists", readingListFrontMatterSchema);
    const lists = items.map(({ slug, data, source }) => ({ ...data, slug, body: source.body, file: source.file }));
    return { value: lists, sources: new Map(items.map((i) => [i.slug, i.source])), problems, unreadable };
  },
  // A team's lists join the built-in ones; one with a built-in list's slug is an error naming both files.
  merge(base, team) {
    const taken = new Map(base.value.map((l) => [l.slug, l]));
    const problems = [...base.problems, ...team.problems];
    const added = team.value.filter((l) => {
      const builtIn = taken.get(l.slug);
      if (!builtIn) return true;
      problems.push({
        file: l.file,
        line: 1,
        col: 1,
        message: `"${l.slug}" is already a built-in reading list (${builtIn.file}:1:1); give the team's list another file name`,
      });
      return false;
    });
    return {
      value: [...base.value, ...added],
      sources: new Map([...[...team.sources].filter(([slug]) => !taken.has(slug)), ...base.sources]),
      problems,
    };
  },
  targets: (lists) => ({
    segment: "reading-lists",
    noun: "a reading list",
    ids: new Map(lists.map((l) => [l.slug, null])),
  }),
  validate: validateReadingLists,
  records: (lists, content) =>
    listRecords(lists, (l) => l.stages.flatMap((s) => s.steps.map((step) => resolveStep(step, content).title))),
  mentions: {
    id: "in-lists",
    title: "In reading lists",
    list: (lists) =>
      lists.map((l) => ({
        href: routes.readingList(l.slug),
        label: l.title,
        slugs: l.stages.flatMap((s) => s.steps.flatMap((step) => (step.term ? [step.term.split("#")[0] ?? ""] : []))),
      })),
  },
});

/** One record per reading list, found by its title, audience, outcome and the names of its steps. */
function listRecords(lists: readonly ReadingList[], stepTitles: (l: ReadingList) => string[]): IndexableRecord[] {
  return lists.map((l) => ({
    kind: "list",
    id: l.slug,
    sense: null,
    context: null,
    title: l.title,
    subtitle: `Reading list · about ${l.minutes} min`,
    url: routes.readingList(l.slug),
    text: l.outcome,
    order: 0,
    aliases: [l.slug.replace(/-/g, " ")],
    cues: l.stages.map((s) => s.title),
    keywords: [l.audience],
    links: [...new Set(l.stages.flatMap((s) => s.steps.flatMap((step) => (step.term ? [step.term] : []))))],
    body: stepTitles(l).join(" ; "),
  }));
}

function stepProblem(step: ReadingStep, ctx: ValidationContext): string | null {
  if (step.term) return checkTermRef(step.term, ctx.targets);
  if (step.compare && !isTarget(ctx.targets, "compare", step.compare))
    return `"${step.compare}" is not a comparison card`;
  if (step.error && !isTarget(ctx.targets, "errors", step.error)) return `"${step.error}" is not an error page`;
  if (step.doc && !isTarget(ctx.targets, "docs", step.doc)) return `"${step.doc}" is not a page of the docs map`;
  return null;
}

/** References resolve, minutes add up, no step twice, and a term comes after the terms it needs. */
function validateReadingLists(
  lists: readonly ReadingList[],
  sources: ReadonlyMap<string, SourceFile>,
  ctx: ValidationContext,
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
