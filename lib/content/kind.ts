import type { z } from "zod";
import type { IndexableRecord } from "../search/types";
import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import type { GlossaryEntry } from "./glossary";
import type { Content } from "./registry";

/**
 * What content may point at, by the first segment of the page's path ("glossary", "compare"...; "docs" for
 * istio.io docs pages by id): id -> the anchors its page has, or null when anchors are not checked.
 */
export type LinkTargets = ReadonlyMap<string, Targets>;

/**
 * The pages of one segment that content may link to: what one is called ("a glossary entry"), and id -> its
 * anchors (or null). `incomplete` when the kind could not be read as a whole: links into it are not checked, as
 * every one would be reported again beside the problem that explains them all.
 */
export type Targets = { noun: string; ids: ReadonlyMap<string, ReadonlySet<string> | null>; incomplete?: true };

/** What every kind's cross-checks may consult once all content is loaded. */
export type ValidationContext = {
  targets: LinkTargets;
  glossary: ReadonlyMap<string, GlossaryEntry>;
  /** Slugs of the terms that must keep several senses (content/overloaded.yaml). */
  overloaded: ReadonlySet<string>;
  /** Ids of the term page's own sections, which no sense id may take. */
  termPageSections: ReadonlySet<string>;
};

/**
 * One loaded kind: its value, the source files it came from (for positions) and what was wrong on the way;
 * `unreadable` names the pages whose files exist but failed (or `"all"` when the kind failed as a whole), so
 * that links to them are not reported as dangling on top of their own problems.
 */
export type KindLoad<V> = {
  value: V;
  sources: ReadonlyMap<string, SourceFile>;
  problems: Problem[];
  unreadable?: readonly string[] | "all";
};

/** A page of the site that names glossary terms, for "where is this term used" on term pages. */
export type TermMention = { href: string; label: string; slugs: readonly string[] };

/**
 * A kind of content, declared once in the registry (`registry.ts`), the way fumadocs' `defineCollections`
 * does: where it lives, how it loads, what it lets other content link to, how it is checked against the rest,
 * and how it becomes search records. Loading, `npm run check`, the search index, term-page backlinks and the
 * contributing guide's table all read the registry, so a new kind is one entry there plus its own module.
 */
export type ContentKind<V> = {
  /** Where its files live under the content root, as CONTRIBUTING.md names them ("glossary/<slug>.md"). */
  files: string;
  /** Loads its files under `root`; `team` when the root is a team's overlay (`--overlay DIR`). */
  load(root: string, team?: boolean): KindLoad<V>;
  /**
   * Merges a team overlay's load over the built-in one; problems for what may not be merged name both files.
   * A kind without it takes no overlay files.
   */
  merge?(base: KindLoad<V>, team: KindLoad<V>): KindLoad<V>;
  /** The ids other content may link to, under a page segment, with the anchors each page has. */
  targets?(value: V): Targets & { segment: string };
  /** Checks that need the rest of the content: links, references, prerequisites. */
  validate?(value: V, sources: ReadonlyMap<string, SourceFile>, ctx: ValidationContext): Problem[];
  /** Search records for the site's index (Content is complete when this runs). */
  records?(value: V, content: Content): IndexableRecord[];
  /** Pages of this kind that name glossary terms, shown on those terms' pages under `title`. */
  mentions?: { id: string; title: string; list(value: V, content: Content): TermMention[] };
  /** Its file in the static JSON API (`/api/<name>.json`), with the schema published beside it. */
  api?: { name: string; schema: z.ZodType; build(value: V, content: Content): unknown };
};

/** Declares a kind with its value type checked, for the registry. */
export function defineKind<V>(kind: ContentKind<V>): ContentKind<V> {
  return kind;
}
