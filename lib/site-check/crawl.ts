import { readFileSync } from "node:fs";
import path from "node:path";
import { fileForPath, listFiles, urlForFile } from "./export-files";
import { type PageFacts, parsePage } from "./parse-page";
import { reachableFrom } from "./reachability";
import { resolveHref } from "./resolve-href";
import type { CrawlReport, Exemption, InternalLink, PageReport, Problem } from "./types";

/** Exported files no link has to reach, by file, and why; they skip the orphan rule only. */
const NOT_LINKED: Readonly<Record<string, string>> = {
  "404.html": "the not-found page: the server sends it for any missing URL",
  "404/index.html": "the not-found page: Next.js also exports it as a route",
  "_not-found/index.html": "the not-found page: Next.js's internal route for it, never linked",
};

const REDIRECT_REASON = "redirect page (meta refresh): a short link or an old address, linked from outside";

interface Page {
  report: PageReport;
  facts: PageFacts;
  /** Ids and names together, for fast fragment look-ups on pages with thousands of ids (the docs map). */
  anchors: Set<string>;
}

/**
 * Reads every HTML file of a static export (`dir`, served below `basePath`: "" or "/mesh-atlas"), resolves every
 * link like a static server with trailing slashes would, and reports broken links and anchors, pages without a
 * title or without exactly one h1, and pages that no chain of links from the home page reaches.
 */
export function crawl(dir: string, basePath: string): CrawlReport {
  const files = listFiles(dir);
  const pages = new Map<string, Page>();
  for (const file of [...files].filter((f) => f.endsWith(".html")).sort()) {
    const facts = parsePage(readFileSync(path.join(dir, file), "utf8"));
    const { title, h1Count, ids, names } = facts;
    const report = { url: urlForFile(file, basePath), file, title, h1Count, ids, names, reachable: false };
    pages.set(file, { facts, report, anchors: new Set([...ids, ...names]) });
  }

  const problems: Problem[] = [];
  const internalLinks: InternalLink[] = [];
  const external = new Map<string, Set<string>>();
  const edges = new Map<string, Set<string>>();
  for (const [file, { facts, report }] of pages) {
    const from = report.url;
    const targets = new Set<string>();
    edges.set(file, targets);
    for (const { kind, href } of facts.links) {
      const resolved = resolveHref(href, from);
      if (resolved.kind === "skipped") continue;
      if (resolved.kind === "invalid") {
        problems.push({ kind: "bad-url", page: from, href, reason: "not a valid URL" });
        continue;
      }
      if (resolved.kind === "external") {
        const key = href.trim();
        external.set(key, (external.get(key) ?? new Set()).add(from));
        continue;
      }
      const { path: target, fragment } = resolved;
      const link: InternalLink = { from, href, kind, target, fragment };
      internalLinks.push(link);
      const rel = belowBase(target, basePath);
      if (rel === undefined) {
        problems.push({ kind: "outside-base-path", page: from, href, reason: `${target} is not below ${basePath}/` });
        continue;
      }
      link.file = fileForPath(files, rel);
      if (link.file === undefined) {
        problems.push({ kind: "missing-file", page: from, href, reason: `no file serves ${target}` });
        continue;
      }
      const targetPage = pages.get(link.file);
      if (kind === "navigation" && targetPage) targets.add(link.file);
      if (fragment !== "" && targetPage && kind !== "asset" && !namesAnchor(targetPage, fragment)) {
        problems.push({
          kind: "missing-anchor",
          page: from,
          href,
          reason: `no id "${fragment}" on ${targetPage.report.url}`,
        });
      }
    }
  }

  const exempt: Exemption[] = [];
  const reached = reachableFrom("index.html", edges);
  for (const [file, { facts, report }] of pages) {
    report.reachable = reached.has(file);
    if (report.title === "") {
      problems.push({ kind: "no-title", page: report.url, reason: "no <title>, or an empty one" });
    }
    if (facts.refresh !== undefined) {
      const redirect = facts.links.find((link) => link.kind === "refresh");
      if (redirect) {
        report.redirectTo = redirect.href;
      } else {
        const reason = `meta refresh "${facts.refresh}" names no URL`;
        problems.push({ kind: "bad-refresh", page: report.url, reason });
      }
      // Redirect pages show a bare "Redirecting…" and are linked from outside: no h1 or orphan rule.
      exempt.push({ url: report.url, reason: REDIRECT_REASON });
      continue;
    }
    if (report.h1Count !== 1) {
      problems.push({ kind: "h1-count", page: report.url, reason: `${report.h1Count} <h1> elements, expected 1` });
    }
    const notLinked = NOT_LINKED[file];
    if (notLinked !== undefined) exempt.push({ url: report.url, reason: notLinked });
    else if (!report.reachable) {
      problems.push({ kind: "orphan", page: report.url, reason: "no chain of links from the home page reaches it" });
    }
  }

  const externalLinks = [...external]
    .map(([href, from]) => ({ href, pages: [...from].sort() }))
    .sort((a, b) => a.href.localeCompare(b.href));
  return {
    dir,
    basePath,
    pages: [...pages.values()].map((p) => p.report),
    internalLinks,
    externalLinks,
    problems,
    exempt,
  };
}

/** The URL path with the base path taken off ("/" for the base itself); undefined when it is not below it. */
function belowBase(target: string, basePath: string): string | undefined {
  if (target === basePath) return "/";
  return target.startsWith(`${basePath}/`) ? target.slice(basePath.length) : undefined;
}

/** Whether a fragment names an element on the page; "top" means the top of the page, as in the HTML standard. */
function namesAnchor(page: Page, fragment: string): boolean {
  return page.anchors.has(fragment) || fragment.toLowerCase() === "top";
}
