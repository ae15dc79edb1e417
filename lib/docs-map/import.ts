import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import * as z from "zod";
import { hugoAnchor } from "./hugo-anchor";
import { DOCS_PREFIX, pathFromUrl } from "./ids";
import type { DocsAnnotation, DocsPage } from "./schema";

const treeJsonSchema = z.object({
  source: z.string().default("docs tree JSON"),
  pages: z.array(
    z.object({
      url: z.string(),
      title: z.string().min(1),
      linktitle: z.string().optional(),
      weight: z.number().nullable().optional(),
      parent: z.string().nullable(),
      headings: z.array(z.object({ text: z.string(), anchor: z.string() })).default([]),
      keywords: z.array(z.string()).default([]),
      aliases: z.array(z.string()).default([]),
    }),
  ),
});

/** Pages from the docs-tree JSON format (one object per page, `url` under /latest/docs/). */
export function fromTreeJson(json: unknown): { source: string; pages: DocsPage[] } {
  const data = treeJsonSchema.parse(json);
  return {
    source: data.source,
    pages: data.pages.map((p) => ({
      path: pathFromUrl(p.url),
      title: p.title,
      ...(p.linktitle && p.linktitle !== p.title ? { linktitle: p.linktitle } : {}),
      weight: p.weight ?? null,
      parent: p.parent === null ? null : pathFromUrl(p.parent),
      headings: p.headings.filter((h) => h.text.trim() !== ""),
      keywords: p.keywords,
      aliases: p.aliases,
    })),
  };
}

const oneOrMany = (v: unknown) => (typeof v === "string" ? [v] : v === null ? undefined : v);

const frontMatterSchema = z.object({
  title: z.string().min(1),
  linktitle: z.string().optional(),
  weight: z.number().optional(),
  // Hugo takes a single string where a list is expected (`aliases: docs/setup/old-page`) and an empty key as none.
  keywords: z.preprocess(oneOrMany, z.array(z.string()).optional()),
  aliases: z.preprocess(oneOrMany, z.array(z.string()).optional()),
  draft: z.boolean().optional(),
});

/** <h2> and <h3> headings of a generated HTML page, with the ids its generator gave them. */
export function htmlHeadingsOf(body: string): { text: string; anchor: string }[] {
  const out: { text: string; anchor: string }[] = [];
  for (const m of body.matchAll(/<h([23])\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g)) {
    const text = (m[3] ?? "")
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim();
    if (text && m[2]) out.push({ text, anchor: m[2] });
  }
  return out;
}

/** ## and ### headings of a Hugo Markdown body, outside code fences, with their anchors. */
export function headingsOf(body: string): { text: string; anchor: string }[] {
  const out: { text: string; anchor: string }[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const f = /^\s*(```|~~~)/.exec(line);
    if (f) {
      fence = fence === null ? (f[1] ?? null) : fence === f[1] ? null : fence;
      continue;
    }
    if (fence) continue;
    const m = /^(##|###)\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    let text = m[2] ?? "";
    const explicit = /\s*\{#([^}]+)\}\s*$/.exec(text);
    if (explicit) text = text.slice(0, explicit.index);
    text = text
      .replace(/\{\{[<%].*?[>%]\}\}/g, "")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .trim();
    if (text) out.push({ text, anchor: explicit?.[1] ?? hugoAnchor(text) });
  }
  return out;
}

/** Pages from a checkout of the istio.io repository (content/en/docs/**\/index.md and _index.md). */
export function fromHugoCheckout(dir: string): { source: string; pages: DocsPage[] } {
  const docsRoot = [path.join(dir, "content", "en", "docs"), dir].find((d) => existsSync(path.join(d, "_index.md")));
  if (!docsRoot) throw new Error(`${dir}: no content/en/docs/_index.md found; is this an istio.io checkout?`);
  const pages: DocsPage[] = [];
  const walk = (abs: string, rel: string, parent: string | null) => {
    // Generated reference pages (protoc-gen-docs, the command references) are HTML with the same front matter.
    const file = ["_index.md", "index.md", "index.html"].map((n) => path.join(abs, n)).find((f) => existsSync(f));
    let here = parent;
    if (file) {
      const parsed = matter(readFileSync(file, "utf8"));
      const fm = frontMatterSchema.safeParse(parsed.data);
      if (!fm.success) {
        const issue = fm.error.issues[0];
        throw new Error(`${file}: front matter ${issue?.path.join(".") || "title"}: ${issue?.message ?? "invalid"}`);
      }
      if (!fm.data.draft) {
        pages.push({
          path: rel,
          title: fm.data.title,
          ...(fm.data.linktitle && fm.data.linktitle !== fm.data.title ? { linktitle: fm.data.linktitle } : {}),
          weight: fm.data.weight ?? null,
          parent,
          headings: file.endsWith(".html") ? htmlHeadingsOf(parsed.content) : headingsOf(parsed.content),
          keywords: fm.data.keywords ?? [],
          aliases: fm.data.aliases ?? [],
        });
        here = rel;
      }
    }
    for (const name of readdirSync(abs).sort()) {
      const child = path.join(abs, name);
      if (statSync(child).isDirectory()) walk(child, rel ? `${rel}/${name}` : name, here);
    }
  };
  walk(docsRoot, "", null);
  return { source: `istio.io checkout at ${dir}`, pages };
}

/** Parents before children, siblings by weight then title: the order the docs show them in. */
export function orderPages(pages: DocsPage[]): DocsPage[] {
  const children = new Map<string | null, DocsPage[]>();
  for (const p of pages) children.set(p.parent, [...(children.get(p.parent) ?? []), p]);
  const byWeight = (a: DocsPage, b: DocsPage) =>
    (a.weight ?? Number.MAX_SAFE_INTEGER) - (b.weight ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title);
  const out: DocsPage[] = [];
  const visit = (parent: string | null) => {
    for (const p of [...(children.get(parent) ?? [])].sort(byWeight)) {
      out.push(p);
      visit(p.path);
    }
  };
  visit(null);
  const seen = new Set(out.map((p) => p.path));
  // Pages whose parent is missing still belong in the map: keep them at the end rather than lose them.
  return [...out, ...pages.filter((p) => !seen.has(p.path))];
}

export type ImportReport = { added: string[]; removed: string[]; renamed: { from: string; to: string }[] };

/**
 * Compares a fresh import with the current map. A page counts as renamed when a new page lists the old path
 * among its aliases or, failing that, has the same title and parent title; hand-written annotations follow
 * renamed pages and are dropped only for pages that are gone.
 */
export function mergeImport<A = DocsAnnotation>(
  previous: DocsPage[],
  next: DocsPage[],
  annotations: Record<string, A>,
): { annotations: Record<string, A>; report: ImportReport; orphaned: string[] } {
  const before = new Map(previous.map((p) => [p.path, p]));
  const after = new Map(next.map((p) => [p.path, p]));
  const gone = previous.filter((p) => !after.has(p.path));
  const fresh = next.filter((p) => !before.has(p.path));
  const renamed: { from: string; to: string }[] = [];
  const claimed = new Set<string>();
  for (const old of gone) {
    const viaAlias = fresh.find(
      (n) =>
        !claimed.has(n.path) && n.aliases.some((a) => pathFromUrl(a.replace(/^\/docs\//, DOCS_PREFIX)) === old.path),
    );
    const parentTitle = (p: DocsPage, map: Map<string, DocsPage>) =>
      p.parent === null ? "" : map.get(p.parent)?.title;
    const viaTitle = fresh.find(
      (n) => !claimed.has(n.path) && n.title === old.title && parentTitle(n, after) === parentTitle(old, before),
    );
    const match = viaAlias ?? viaTitle;
    if (match) {
      claimed.add(match.path);
      renamed.push({ from: old.path, to: match.path });
    }
  }
  const moved = new Map(renamed.map((r) => [r.from, r.to]));
  const kept: Record<string, A> = {};
  const orphaned: string[] = [];
  for (const [key, note] of Object.entries(annotations)) {
    const target = after.has(key) ? key : moved.get(key);
    if (target !== undefined) kept[target] = note;
    else orphaned.push(key);
  }
  return {
    annotations: kept,
    orphaned,
    report: {
      added: fresh.filter((p) => !claimed.has(p.path)).map((p) => p.path),
      removed: gone.filter((p) => !moved.has(p.path)).map((p) => p.path),
      renamed,
    },
  };
}
