import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import type { Problem } from "../source/problems";
import { readDataFile, type SourceFile } from "../source/source-file";
import { zodProblems } from "../source/zod-problems";
import { envHomesFileSchema } from "./env-homes";
import { docsId } from "./ids";
import { type ReferenceEntry, referenceFileSchema } from "./reference";
import { istioDocsUrl } from "./releases";
import {
  type DocsAnnotation,
  type DocsMapConfig,
  type DocsMapFile,
  type DocsPage,
  docsAnnotationSchema,
  docsMapConfigSchema,
  docsMapFileSchema,
  docsPathSchema,
} from "./schema";

/** A docs page as the site uses it: the imported facts plus where it sits and what we wrote about it. */
export type DocsNode = DocsPage & {
  /** The istio.io path, e.g. /latest/docs/tasks/security/ (the search id). */
  id: string;
  /** The link to istio.io, on the configured release. */
  url: string;
  /** Titles of the ancestors below the docs root. */
  breadcrumb: string[];
  summary: string | null;
  /** Questions the page answers, in a reader's words. */
  answers: string[];
  /** Hand-kept glossary links (whoever composes content with the map adds the matched ones). */
  terms: string[];
  /**
   * The fields, values, annotations, flags, variables and metrics the page defines (reference pages only); `home`
   * marks a variable that other command pages list too but this command's sources define (env-homes.json).
   */
  reference: (ReferenceEntry & { home?: true })[];
  /** The reference names the page writes (fields, variables, annotations...), with how often: it shows them in use. */
  uses: { name: string; count: number }[];
  /** How the page differs in the map's other releases: missing there, or under another title. */
  differs: ReleaseDifference[];
};

export type ReleaseDifference = { release: string } & ({ kind: "absent" } | { kind: "renamed"; title: string });

/** A release the map holds: its own (first) and the others it compares with it. */
export type DocsRelease = {
  release: string;
  linkVersion: string;
  asOf: string | null;
  source: string;
  pageCount: number;
};

export type DocsMap = {
  source: string;
  release: string;
  linkVersion: string;
  /** The day the docs were taken from, when known. */
  asOf: string | null;
  pages: DocsNode[];
  /** The annotations file as read, so that checks made elsewhere can point at a line in it. */
  annotations: SourceFile | null;
  /** Where the reference index came from (its source commit), when the map has one. */
  referenceSource: string | null;
  /** Its own release first, then the others (`docs-map/releases/<release>/`), newest first. */
  releases: DocsRelease[];
};

/** Generated data (pages.json, the reference index) may be larger than a hand-written file. */
const DATA_FILE_BYTES = 16 * 1024 * 1024;

type Read<T> = { value: T | null; source: SourceFile | null; problems: Problem[] };

function readData<S extends z.ZodType>(abs: string, schema: S): Read<z.infer<S>> {
  const read = readDataFile(abs, path.relative(process.cwd(), abs), DATA_FILE_BYTES);
  if (!read.ok) return { value: null, source: null, problems: read.problems };
  const parsed = schema.safeParse(read.source.data);
  if (parsed.success) return { value: parsed.data, source: read.source, problems: [] };
  return { value: null, source: read.source, problems: zodProblems(parsed.error, read.source) };
}

/**
 * The annotations file, checked note by note: a note with a bad field reports it and keeps its good fields, so
 * one empty answer neither hides the rest of the file's problems nor unloads the map that all links point into.
 */
function readAnnotations(abs: string): Read<Record<string, DocsAnnotation>> {
  const read = readData(abs, z.record(z.string(), z.unknown()));
  if (!read.value || !read.source) return { value: null, source: read.source, problems: read.problems };
  const source = read.source;
  const problems: Problem[] = [];
  const value: Record<string, DocsAnnotation> = {};
  for (const [key, note] of Object.entries(read.value)) {
    const path = docsPathSchema.safeParse(key);
    if (!path.success) {
      problems.push({
        file: source.file,
        ...source.locate([], key),
        message: `"${key}" ${path.error.issues[0]?.message}`,
      });
      continue;
    }
    const parsed = docsAnnotationSchema.safeParse(note);
    if (parsed.success) {
      value[key] = parsed.data;
      continue;
    }
    problems.push(...zodProblems(parsed.error, source, [key]));
    const fields = typeof note === "object" && note !== null ? (note as Record<string, unknown>) : {};
    const shape = docsAnnotationSchema.shape;
    const kept = Object.fromEntries(
      (Object.keys(shape) as (keyof typeof shape)[]).flatMap((field) => {
        const given = fields[field];
        // A list keeps its good items ("answers" without the empty one), so checks across notes still see them.
        const one = shape[field].safeParse(
          Array.isArray(given) ? given.filter((item) => shape[field].safeParse([item]).success) : given,
        );
        return one.success ? [[field, one.data]] : [];
      }),
    );
    value[key] = docsAnnotationSchema.parse(kept);
  }
  return { value, source, problems };
}

/** Another release's pages: `docs-map/releases/<release>/pages.json` and its `config.yaml`. */
function readReleases(dir: string): { releases: { config: DocsMapConfig; file: DocsMapFile }[]; problems: Problem[] } {
  const root = path.join(dir, "releases");
  if (!existsSync(root)) return { releases: [], problems: [] };
  const releases: { config: DocsMapConfig; file: DocsMapFile }[] = [];
  const problems: Problem[] = [];
  for (const name of readdirSync(root).sort()) {
    const pages = readData(path.join(root, name, "pages.json"), docsMapFileSchema);
    const config = readData(path.join(root, name, "config.yaml"), docsMapConfigSchema);
    problems.push(...pages.problems, ...config.problems);
    if (!pages.value || !config.value) continue;
    if (config.value.release !== name && config.source)
      problems.push({
        file: config.source.file,
        ...config.source.locate(["release"]),
        message: `release "${config.value.release}" is in a folder named "${name}": they must be the same`,
      });
    else releases.push({ config: config.value, file: pages.value });
  }
  return { releases, problems };
}

/** How each page of the map's own release differs in the others; what they have that it lacks is not shown. */
function differences(
  page: DocsPage,
  others: readonly { config: DocsMapConfig; byPath: Map<string, DocsPage> }[],
): ReleaseDifference[] {
  return others.flatMap(({ config, byPath }): ReleaseDifference[] => {
    const there = byPath.get(page.path);
    if (!there) return [{ release: config.release, kind: "absent" }];
    // Headings are not compared: the map's own release and the others may come from different importers
    // (a docs tree file, a checkout), which spell some anchors differently.
    return there.title !== page.title ? [{ release: config.release, kind: "renamed", title: there.title }] : [];
  });
}

/** Reads content/docs-map (optional as a whole); every annotation must name a page of the map. */
export function loadDocsMap(root: string): { docsMap: DocsMap | null; problems: Problem[] } {
  const dir = path.join(root, "docs-map");
  const pagesFile = path.join(dir, "pages.json");
  if (!existsSync(pagesFile)) return { docsMap: null, problems: [] };
  const pages = readData(pagesFile, docsMapFileSchema);
  const configFile = path.join(dir, "config.yaml");
  const config: Read<DocsMapConfig> = existsSync(configFile)
    ? readData(configFile, docsMapConfigSchema)
    : {
        value: null,
        source: null,
        problems: [
          {
            file: path.relative(process.cwd(), configFile),
            line: 1,
            col: 1,
            message: "missing: the docs map needs config.yaml (release, link_version)",
          },
        ],
      };
  const annotationsFile = path.join(dir, "annotations.yaml");
  const annotations: Read<Record<string, DocsAnnotation>> = existsSync(annotationsFile)
    ? readAnnotations(annotationsFile)
    : { value: {}, source: null, problems: [] };
  const referenceFile = path.join(dir, "reference.json");
  const reference = existsSync(referenceFile)
    ? readData(referenceFile, referenceFileSchema)
    : { value: null, source: null, problems: [] };
  const homesFile = path.join(dir, "env-homes.json");
  const homes = existsSync(homesFile)
    ? readData(homesFile, envHomesFileSchema)
    : { value: null, source: null, problems: [] };
  const problems = [
    ...pages.problems,
    ...config.problems,
    ...annotations.problems,
    ...reference.problems,
    ...homes.problems,
  ];
  if (!pages.value || !config.value || !annotations.value) return { docsMap: null, problems };

  const byPath = new Map(pages.value.pages.map((p) => [p.path, p]));
  const annSource = annotations.source;
  for (const key of Object.keys(annotations.value)) {
    if (!byPath.has(key) && annSource)
      problems.push({
        file: annSource.file,
        ...annSource.locate([], key),
        message: `annotation for "${key}", which is not a page of the docs map`,
      });
  }

  if (annSource) problems.push(...checkAnnotations(pages.value.pages, annotations.value, annSource));
  const homeOf = homes.value?.homes ?? {};
  const envPages = new Map<string, string[]>();
  for (const e of reference.value?.entries ?? [])
    if (e.kind === "env" && e.of) envPages.set(e.name, [...(envPages.get(e.name) ?? []), e.of]);
  for (const [name, command] of Object.entries(homeOf)) {
    const listed = envPages.get(name);
    if (homes.source && !listed?.includes(command))
      problems.push({
        file: homes.source.file,
        ...homes.source.locate(["homes"], name),
        message: listed
          ? `"${name}" has its home in ${command}, but only the ${listed.join(", ")} pages list it`
          : `"${name}" is no environment variable of the reference index`,
      });
  }
  const referenceByPage = new Map<string, DocsNode["reference"]>();
  reference.value?.entries.forEach((entry, i) => {
    if (!byPath.has(entry.page) && reference.source) {
      problems.push({
        file: reference.source.file,
        ...reference.source.locate(["entries", i, "page"]),
        message: `reference entry "${entry.name}" points at "${entry.page}", which is not a page of the docs map`,
      });
      return;
    }
    const home = entry.kind === "env" && entry.of !== undefined && homeOf[entry.name] === entry.of;
    referenceByPage.set(entry.page, [...(referenceByPage.get(entry.page) ?? []), home ? { ...entry, home } : entry]);
  });

  const names = new Set(reference.value?.entries.map((e) => e.name));
  for (const [page, used] of Object.entries(reference.value?.uses ?? {})) {
    const where = reference.source;
    if (!where) break;
    if (!byPath.has(page))
      problems.push({
        file: where.file,
        ...where.locate(["uses"], page),
        message: `uses of "${page}", which is not a page of the docs map`,
      });
    for (const name of Object.keys(used))
      if (!names.has(name))
        problems.push({
          file: where.file,
          ...where.locate(["uses", page], name),
          message: `"${page}" uses "${name}", which no reference entry defines`,
        });
  }

  const cfg = config.value;
  const ann = annotations.value;
  const others = readReleases(dir);
  problems.push(...others.problems);
  for (const o of others.releases)
    if (o.config.release === cfg.release)
      problems.push({
        file: path.relative(process.cwd(), path.join(dir, "releases", o.config.release, "config.yaml")),
        line: 1,
        col: 1,
        message: `release ${cfg.release} is the map's own (config.yaml): it cannot be another release too`,
      });
  const compared = others.releases
    .filter((o) => o.config.release !== cfg.release)
    .sort((a, b) => Number(b.config.release.split(".")[1]) - Number(a.config.release.split(".")[1]))
    .map((o) => ({ ...o, byPath: new Map(o.file.pages.map((p) => [p.path, p])) }));
  const nodes: DocsNode[] = pages.value.pages.map((p) => {
    const breadcrumb: string[] = [];
    for (let parent = p.parent; parent; parent = byPath.get(parent)?.parent ?? null) {
      const title = byPath.get(parent)?.title;
      if (title) breadcrumb.unshift(title);
    }
    return {
      ...p,
      id: docsId(p.path),
      url: istioDocsUrl(cfg.link_version, p.path),
      breadcrumb,
      summary: ann[p.path]?.summary ?? null,
      answers: ann[p.path]?.answers ?? [],
      terms: ann[p.path]?.terms ?? [],
      reference: referenceByPage.get(p.path) ?? [],
      uses: Object.entries(reference.value?.uses[p.path] ?? {}).map(([name, count]) => ({ name, count })),
      differs: differences(p, compared),
    };
  });
  const release = (c: DocsMapConfig, file: DocsMapFile): DocsRelease => ({
    release: c.release,
    linkVersion: c.link_version,
    asOf: c.as_of ?? null,
    source: file.source,
    pageCount: file.pages.length,
  });
  return {
    docsMap: {
      source: pages.value.source,
      release: cfg.release,
      linkVersion: cfg.link_version,
      asOf: cfg.as_of ?? null,
      pages: nodes,
      annotations: annSource,
      referenceSource: reference.value?.source ?? null,
      releases: [release(cfg, pages.value), ...compared.map((o) => release(o.config, o.file))],
    },
    problems,
  };
}

/**
 * Every page has a summary and at least one glossary term, and no question is claimed by two pages (it would
 * send a reader to both). A page a re-import added is reported here until someone writes its note.
 */
function checkAnnotations(
  pages: readonly DocsPage[],
  annotations: Readonly<Record<string, DocsAnnotation>>,
  source: SourceFile,
): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], message: string, key?: string) =>
    problems.push({ file: source.file, ...source.locate(path, key), message });
  const claimed = new Map<string, string>();
  // A field written but invalid is reported where it is; it is not missing too.
  const raw = (source.data ?? {}) as Record<string, Record<string, unknown> | null>;
  const written = (path: string, field: string) => {
    const value = raw[path]?.[field];
    return value !== undefined && !(Array.isArray(value) && value.length === 0);
  };
  for (const page of pages) {
    const note = annotations[page.path];
    const name = page.path === "" ? "the docs root" : `"${page.path}"`;
    if (!note?.summary && !written(page.path, "summary"))
      at(
        note ? [page.path] : [],
        `${name} has no summary: every page of the map needs one`,
        note ? undefined : page.path,
      );
    if ((!note || note.terms.length === 0) && !written(page.path, "terms"))
      at(
        note ? [page.path] : [],
        `${name} names no glossary term: every page needs at least one under \`terms\``,
        note ? undefined : page.path,
      );
    note?.answers.forEach((answer, i) => {
      const key = answer.toLowerCase().replace(/\s+/g, " ");
      const first = claimed.get(key);
      // Its place as written: a note with a bad answer keeps only its good ones, so the indices may differ.
      const asWritten = raw[page.path]?.answers;
      const j = Array.isArray(asWritten)
        ? asWritten.findIndex((a) => typeof a === "string" && a.trim() === answer)
        : -1;
      if (first !== undefined)
        at([page.path, "answers", j >= 0 ? j : i], `"${answer}" is already an answer of "${first}"`);
      else claimed.set(key, page.path);
    });
  }
  return problems;
}
