import type { DocsMap } from "../docs-map/load";
import { type CompareCard, compareKind } from "./compare";
import { type Crosswalk, crosswalkKind } from "./crosswalk";
import { docsMapKind } from "./docs";
import { type ErrorPage, errorKind } from "./errors";
import { type GlossaryEntry, glossaryKind } from "./glossary";
import type { ContentKind } from "./kind";
import { overloadedKind } from "./overloaded";
import { type PrintedCatalog, printedKind } from "./printed";
import { type ReadingList, readingListKind } from "./reading-lists";
import { type TeamDoc, teamDocsKind } from "./team-docs";
import type { TermLinks } from "./term-links";

/** What each kind of content loads to: its field in `Content`. */
export type KindValues = {
  glossary: GlossaryEntry[];
  overloaded: string[];
  readingLists: ReadingList[];
  compare: CompareCard[];
  crosswalk: Crosswalk | null;
  docsMap: DocsMap | null;
  errors: ErrorPage[];
  printed: PrintedCatalog[];
  teamDocs: TeamDoc[];
};

/**
 * Every kind of content, declared once. The key is the kind's field in `Content`; the order is the order
 * kinds load in and the order their backlinks appear on a term page. To add a kind: a module that
 * `defineKind`s it (schema, loader, checks, records), its content folder, its pages under `app/`, a line in
 * `KindValues` and an entry here, and fixtures (CONTRIBUTING.md walks through it).
 */
export const CONTENT_KINDS: { readonly [K in keyof KindValues]: ContentKind<KindValues[K]> } = {
  glossary: glossaryKind,
  overloaded: overloadedKind,
  readingLists: readingListKind,
  compare: compareKind,
  crosswalk: crosswalkKind,
  docsMap: docsMapKind,
  errors: errorKind,
  printed: printedKind,
  teamDocs: teamDocsKind,
};

export type KindKey = keyof KindValues;

/** Everything the site is built from, validated: one field per kind, plus the links derived across kinds. */
export type Content = Readonly<KindValues> & {
  readonly root: string;
  /** Glossary terms and docs pages, linked both ways. */
  readonly links: TermLinks;
};
