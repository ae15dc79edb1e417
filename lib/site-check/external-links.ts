import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../source/problems";
import {
  type FoundLink,
  type KnownPages,
  knownPageIndex,
  knownPagesSchema,
  linksIn,
  nearestKnown,
  unknownPages,
} from "./known-pages";
import { SITE_SOURCES } from "./site-sources";

/** The committed page lists, one per host (content/known-pages/<host>.json). */
export function readKnownPages(dir: string): KnownPages[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => knownPagesSchema.parse(JSON.parse(readFileSync(path.join(dir, f), "utf8"))));
}

/** Every https link in the content's Markdown, YAML and JSON files (the page lists themselves excepted). */
export function contentLinks(root: string, skip: string): FoundLink[] {
  const out: FoundLink[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path.resolve(full) !== path.resolve(skip)) walk(full);
      } else if (/\.(md|ya?ml|json)$/.test(entry.name)) out.push(...linksIn(readFileSync(full, "utf8"), full));
    }
  };
  walk(root);
  return out;
}

/**
 * Links to pages an official site does not have, as problems at their place: checked against the committed
 * lists, so no request leaves the machine.
 */
export function checkExternalLinks(root: string, listsDir = path.join(root, "known-pages")) {
  const lists = readKnownPages(listsDir);
  const index = knownPageIndex(lists);
  const links = contentLinks(root, listsDir);
  const canonical = (host: string, p: string) => SITE_SOURCES[host]?.canonical?.(p) ?? p;
  const problems: Problem[] = unknownPages(links, index, canonical).map((link) => {
    const url = new URL(link.url);
    const list = lists.find((l) => l.host === url.host);
    const near = nearestKnown(url.pathname, index.get(url.host) ?? new Set());
    const commit = list && /^[0-9a-f]{40}$/.test(list.source.commit) ? list.source.commit.slice(0, 12) : "listing";
    const from = list ? `${list.source.repo} ${commit}, ${list.source.date}` : "";
    return {
      file: link.file,
      line: link.line,
      col: link.column,
      message: `${link.url} is not a page of ${url.host} (as of ${from})${near ? `; did you mean https://${url.host}${near}/?` : ""}`,
    };
  });
  const checked = links.filter((l) => index.has(new URL(l.url).host)).length;
  return { problems, links: links.length, checked, hosts: lists.map((l) => l.host) };
}
