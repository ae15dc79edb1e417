import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import type { Problem } from "../source/problems";
import { formatPath } from "../source/zod-problems";
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
  /** Hand-kept glossary links (the matcher adds more). */
  terms: string[];
};

export type DocsMap = { source: string; release: string; linkVersion: string; pages: DocsNode[] };

type Read<T> = { value: T | null; problems: Problem[] };

function readData<S extends z.ZodType>(abs: string, schema: S, kind: "json" | "yaml"): Read<z.infer<S>> {
  const file = path.relative(process.cwd(), abs);
  let raw: unknown;
  try {
    const text = readFileSync(abs, "utf8");
    raw = kind === "json" ? JSON.parse(text) : (parse(text) ?? {});
  } catch (e) {
    const message = (e as Error).message.split("\n")[0] ?? "unreadable";
    return { value: null, problems: [{ file, line: 1, col: 1, message: `invalid ${kind.toUpperCase()}: ${message}` }] };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return {
    value: null,
    problems: parsed.error.issues.map((i) => ({
      file,
      line: 1,
      col: 1,
      message: `\`${formatPath(i.path)}\` ${i.message}`,
    })),
  };
}

export function docsUrl(config: DocsMapConfig, pagePath: string): string {
  return `https://istio.io/${config.link_version}/docs/${pagePath ? `${pagePath}/` : ""}`;
}

/** Reads content/docs-map (optional as a whole); every annotation must name a page of the map. */
export function loadDocsMap(
  root: string,
  glossarySlugs: ReadonlySet<string>,
): { docsMap: DocsMap | null; problems: Problem[] } {
  const dir = path.join(root, "docs-map");
  const pagesFile = path.join(dir, "pages.json");
  if (!existsSync(pagesFile)) return { docsMap: null, problems: [] };
  const pages = readData(pagesFile, docsMapFileSchema, "json");
  const configFile = path.join(dir, "config.yaml");
  const config = existsSync(configFile)
    ? readData(configFile, docsMapConfigSchema, "yaml")
    : {
        value: null,
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
    ? readData(annotationsFile, docsAnnotationsSchema, "yaml")
    : { value: {}, problems: [] };
  const problems = [...pages.problems, ...config.problems, ...annotations.problems];
  if (!pages.value || !config.value || !annotations.value) return { docsMap: null, problems };

  const byPath = new Map(pages.value.pages.map((p) => [p.path, p]));
  const annFile = path.relative(process.cwd(), annotationsFile);
  const annText = existsSync(annotationsFile) ? readFileSync(annotationsFile, "utf8").split("\n") : [];
  const lineOf = (needle: string) => Math.max(1, annText.findIndex((l) => l.startsWith(`${needle}:`)) + 1);
  for (const [key, note] of Object.entries(annotations.value)) {
    if (!byPath.has(key))
      problems.push({
        file: annFile,
        line: lineOf(key),
        col: 1,
        message: `annotation for "${key}", which is not a page of the docs map`,
      });
    for (const slug of note.terms) {
      if (!glossarySlugs.has(slug))
        problems.push({
          file: annFile,
          line: lineOf(key),
          col: 1,
          message: `"${key}" names "${slug}", which is not a glossary entry`,
        });
    }
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
      id: `/latest/docs/${p.path ? `${p.path}/` : ""}`,
      url: docsUrl(cfg, p.path),
      breadcrumb,
      summary: ann[p.path]?.summary ?? null,
      terms: ann[p.path]?.terms ?? [],
    };
  });
  return {
    docsMap: { source: pages.value.source, release: cfg.release, linkVersion: cfg.link_version, pages: nodes },
    problems,
  };
}
