import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { Problem } from "../source/problems";
import { readDataFile, type SourceFile } from "../source/source-file";
import { zodProblems } from "../source/zod-problems";
import { docsId } from "./ids";
import {
  type DocsAnnotation,
  type DocsMapConfig,
  type DocsPage,
  docsAnnotationsSchema,
  docsMapConfigSchema,
  docsMapFileSchema,
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
  /** Hand-kept glossary links (whoever composes content with the map adds the matched ones). */
  terms: string[];
};

export type DocsMap = {
  source: string;
  release: string;
  linkVersion: string;
  pages: DocsNode[];
  /** The annotations file as read, so that checks made elsewhere can point at a line in it. */
  annotations: SourceFile | null;
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

export function docsUrl(config: DocsMapConfig, pagePath: string): string {
  return `https://istio.io/${config.link_version}/docs/${pagePath ? `${pagePath}/` : ""}`;
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
    ? readData(annotationsFile, docsAnnotationsSchema)
    : { value: {}, source: null, problems: [] };
  const problems = [...pages.problems, ...config.problems, ...annotations.problems];
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

  const cfg = config.value;
  const ann = annotations.value;
  const nodes: DocsNode[] = pages.value.pages.map((p) => {
    const breadcrumb: string[] = [];
    for (let parent = p.parent; parent; parent = byPath.get(parent)?.parent ?? null) {
      const title = byPath.get(parent)?.title;
      if (title) breadcrumb.unshift(title);
    }
    return {
      ...p,
      id: docsId(p.path),
      url: docsUrl(cfg, p.path),
      breadcrumb,
      summary: ann[p.path]?.summary ?? null,
      terms: ann[p.path]?.terms ?? [],
    };
  });
  return {
    docsMap: {
      source: pages.value.source,
      release: cfg.release,
      linkVersion: cfg.link_version,
      pages: nodes,
      annotations: annSource,
    },
    problems,
  };
}
