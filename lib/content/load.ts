import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { IndexableRecord } from "../search/types";
import { ContentError, type Problem } from "../source/problems";
import type { ContentKind, KindLoad, LinkTargets, Targets, TermMention, ValidationContext } from "./kind";
import { CONTENT_KINDS, type Content, type KindKey, type KindValues } from "./registry";
import { linkTermsAndPages } from "./term-links";

export type { Content } from "./registry";

/** A kind with its value loaded: what the composer needs of it, whatever its value's type. */
type LoadedKind = {
  problems: Problem[];
  targets(): (Targets & { segment: string }) | undefined;
  validate(ctx: ValidationContext): Problem[];
  records(content: Content): IndexableRecord[];
  mentions(content: Content): { id: string; title: string; items: TermMention[] } | undefined;
  api(content: Content): KindApi | undefined;
};

/** A kind's file in the static JSON API: its name, its schema and its data. */
export type KindApi = { name: string; schema: z.ZodType; data(): unknown };

function loadKind<V>(kind: ContentKind<V>, root: string, overlay?: string): { value: V; loaded: LoadedKind } {
  const builtIn = kind.load(root);
  const load = overlay && kind.merge ? mergeLoads(kind.merge, builtIn, kind.load(overlay, true)) : builtIn;
  const { value, sources, problems, unreadable = [] } = load;
  return {
    value,
    loaded: {
      problems,
      targets: () => {
        const targets = kind.targets?.(value);
        if (!targets) return undefined;
        if (unreadable === "all") return { ...targets, incomplete: true };
        // A page whose file failed is still there to link to: only its own problems are reported.
        return { ...targets, ids: new Map([...unreadable.map((id): [string, null] => [id, null]), ...targets.ids]) };
      },
      validate: (ctx) => kind.validate?.(value, sources, ctx) ?? [],
      records: (content) => kind.records?.(value, content) ?? [],
      mentions: (content) =>
        kind.mentions && {
          id: kind.mentions.id,
          title: kind.mentions.title,
          items: kind.mentions.list(value, content),
        },
      api: (content) => {
        const api = kind.api;
        return api && { name: api.name, schema: api.schema, data: () => api.build(value, content) };
      },
    },
  };
}

/** A merge keeps what failed to load on either side. */
function mergeLoads<V>(
  merge: (base: KindLoad<V>, team: KindLoad<V>) => KindLoad<V>,
  base: KindLoad<V>,
  team: KindLoad<V>,
) {
  const a = base.unreadable ?? [];
  const b = team.unreadable ?? [];
  return { ...merge(base, team), unreadable: a === "all" || b === "all" ? ("all" as const) : [...a, ...b] };
}

/** Fixed sections of a term page; each kind's backlink list adds its own id (see `termMentions`). */
const TERM_PAGE_SECTIONS = ["main", "term", "in-the-docs", "confused-with", "related"];

const KIND_KEYS = Object.keys(CONTENT_KINDS) as KindKey[];
const loadedKinds = new WeakMap<Content, LoadedKind[]>();

/**
 * Loads and validates all content under `root`, with a team's `overlay` folder merged over it when given (see
 * each kind's `merge`); problems come back sorted by file and line.
 */
export function loadContent(
  root = "content",
  overlay: string | undefined = contentOverlay(),
): { content: Content; problems: Problem[] } {
  const values: Partial<KindValues> = {};
  const kinds: LoadedKind[] = [];
  const overlayProblems = overlay ? unmergeableOverlayFiles(overlay) : [];
  const loadOne = <K extends KindKey>(key: K) => {
    const { value, loaded } = loadKind(CONTENT_KINDS[key], root, overlay);
    values[key] = value;
    kinds.push(loaded);
  };
  for (const key of KIND_KEYS) loadOne(key);
  // The loop above filled every key.
  const byKind = values as KindValues;
  const glossary = new Map(byKind.glossary.map((e) => [e.slug, e]));
  const content: Content = {
    ...byKind,
    root,
    links: linkTermsAndPages(
      byKind.glossary,
      byKind.docsMap?.pages ?? [],
      new Map((byKind.docsMap?.pages ?? []).map((p) => [p.path, p.terms])),
    ),
  };
  loadedKinds.set(content, kinds);
  const ctx: ValidationContext = {
    targets: contentTargets(content),
    glossary,
    overloaded: new Set(byKind.overloaded),
    termPageSections: new Set([
      ...TERM_PAGE_SECTIONS,
      ...KIND_KEYS.flatMap((k) => CONTENT_KINDS[k].mentions?.id ?? []),
    ]),
  };
  const problems = [...overlayProblems, ...kinds.flatMap((k) => [...k.problems, ...k.validate(ctx)])].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col,
  );
  return { content, problems };
}

function kindsOf(content: Content): LoadedKind[] {
  const kinds = loadedKinds.get(content);
  if (!kinds) throw new Error("content must come from loadContent()");
  return kinds;
}

/** What each kind lets content link to: page segment -> id -> anchors (the pages the site builds per kind). */
export function contentTargets(content: Content): LinkTargets {
  return new Map(
    kindsOf(content)
      .flatMap((k) => k.targets() ?? [])
      .map(({ segment, ...t }) => [segment, t]),
  );
}

/** Every search record of the site, in registry order (glossary senses first). */
export function siteRecords(content: Content): IndexableRecord[] {
  return kindsOf(content).flatMap((k) => k.records(content));
}

/** The kinds' own files of the static JSON API (`/api/<name>.json`). */
export function contentApis(content: Content): KindApi[] {
  return kindsOf(content).flatMap((k) => k.api(content) ?? []);
}

/** For one term: the pages of each kind that name it ("In reading lists", "Compared side by side"). */
export function termMentions(content: Content, slug: string): { id: string; title: string; items: TermMention[] }[] {
  return kindsOf(content).flatMap((k) => {
    const m = k.mentions(content);
    return m ? [{ ...m, items: m.items.filter((item) => item.slugs.includes(slug)) }] : [];
  });
}

let cached: Content | undefined;

/** A team's overlay folder merged over the content (MESH_ATLAS_OVERLAY, set by `--overlay DIR`), if any. */
export function contentOverlay(): string | undefined {
  return process.env.MESH_ATLAS_OVERLAY || undefined;
}

/** Folders of an overlay no kind can merge yet: each is a problem, so nothing is silently left out. */
function unmergeableOverlayFiles(overlay: string): Problem[] {
  if (!existsSync(overlay)) return [{ file: overlay, line: 1, col: 1, message: "the overlay folder does not exist" }];
  const mergeable = new Set(
    KIND_KEYS.filter((k) => CONTENT_KINDS[k].merge).map((k) => CONTENT_KINDS[k].files.split("/")[0] ?? ""),
  );
  return readdirSync(overlay, { withFileTypes: true })
    .filter((d) => !d.name.startsWith(".") && !mergeable.has(d.name))
    .map((d) => ({
      file: path.relative(process.cwd(), path.join(overlay, d.name)),
      line: 1,
      col: 1,
      message: `an overlay can hold ${listOf([...mergeable].map((m) => `${m}/`))} so far; this is left out`,
    }));
}

const listOf = (items: string[]) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

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
