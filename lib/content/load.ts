import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { type DocsMap, loadDocsMap } from "../docs-map/load";
import { linkTermsAndPages, type TermLinks } from "../docs-map/term-links";
import { ContentError, type Problem } from "../source/problems";
import { type CompareCard, loadCompareCards, validateCompareCards } from "./compare";
import { type Crosswalk, loadCrosswalk } from "./crosswalk";
import { type GlossaryEntry, loadGlossary } from "./glossary";
import { loadReadingLists, type ReadingList, validateReadingLists } from "./reading-lists";
import { slugSchema } from "./schema";
import type { LinkTargets } from "./validate-body";
import { validateGlossary } from "./validate-glossary";

/** Everything the site is built from, validated. */
export type Content = {
  root: string;
  glossary: GlossaryEntry[];
  /** Slugs of the terms that must carry several senses. */
  overloaded: string[];
  compare: CompareCard[];
  crosswalk: Crosswalk | null;
  docsMap: DocsMap | null;
  readingLists: ReadingList[];
  /** Glossary terms and docs pages, linked both ways. */
  links: TermLinks;
};

const overloadedSchema = z.array(slugSchema);

function loadOverloaded(root: string): { slugs: string[]; file: string; problems: Problem[] } {
  const abs = path.join(root, "overloaded.yaml");
  const file = path.relative(process.cwd(), abs);
  if (!existsSync(abs)) return { slugs: [], file, problems: [] };
  try {
    const parsed = overloadedSchema.safeParse(parse(readFileSync(abs, "utf8")) ?? []);
    if (parsed.success) return { slugs: parsed.data, file, problems: [] };
    return { slugs: [], file, problems: [{ file, line: 1, col: 1, message: "must be a YAML list of glossary slugs" }] };
  } catch (e) {
    return {
      slugs: [],
      file,
      problems: [{ file, line: 1, col: 1, message: `invalid YAML: ${(e as Error).message.split("\n")[0]}` }],
    };
  }
}

/** Loads and validates all content under `root`; problems come back sorted by file and line. */
export function loadContent(root = "content"): { content: Content; problems: Problem[] } {
  const glossary = loadGlossary(root);
  const overloaded = loadOverloaded(root);
  const compare = loadCompareCards(root);
  const lists = loadReadingLists(root);
  const targets: LinkTargets = {
    glossary: new Map(glossary.entries.map((e) => [e.slug, new Set(e.senses.map((s) => s.id))])),
    compare: new Set(compare.cards.map((c) => c.id)),
    readingLists: new Set(lists.lists.map((l) => l.slug)),
  };
  const crosswalk = loadCrosswalk(root, targets);
  const docs = loadDocsMap(root, new Set(targets.glossary.keys()));
  const links = linkTermsAndPages(
    glossary.entries,
    docs.docsMap?.pages ?? [],
    new Map((docs.docsMap?.pages ?? []).map((p) => [p.path, p.terms])),
  );
  const problems = [
    ...glossary.problems,
    ...overloaded.problems,
    ...validateGlossary(glossary.entries, glossary.sources, targets, overloaded),
    ...compare.problems,
    ...validateCompareCards(compare.cards, compare.sources, targets),
    ...crosswalk.problems,
    ...docs.problems,
    ...lists.problems,
    ...validateReadingLists(lists.lists, lists.sources, {
      targets,
      docsIds: new Set((docs.docsMap?.pages ?? []).map((p) => p.id)),
      glossary: new Map(glossary.entries.map((e) => [e.slug, e])),
    }),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  const entries = [...glossary.entries].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
  return {
    content: {
      root,
      glossary: entries,
      overloaded: overloaded.slugs,
      compare: compare.cards,
      crosswalk: crosswalk.crosswalk,
      docsMap: docs.docsMap,
      readingLists: lists.lists,
      links,
    },
    problems,
  };
}

let cached: Content | undefined;

/** The folder the site is built from: `content/`, or MESH_ATLAS_CONTENT_DIR. */
export function contentDir(): string {
  return process.env.MESH_ATLAS_CONTENT_DIR ?? "content";
}

/** The site's content for build-time rendering; throws on any problem so a bad entry fails the build. */
export function getContent(): Content {
  if (!cached) {
    const { content, problems } = loadContent(contentDir());
    if (problems.length > 0) throw new ContentError(problems);
    cached = content;
  }
  return cached;
}
