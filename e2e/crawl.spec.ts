import { readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { crawl } from "../lib/site-check/crawl";
import { formatProblem } from "../lib/site-check/format";

// Reads the built files, no browser; only the chromium project matches this file (see playwright.config.ts),
// so it runs once and crawls both builds.
const BUILDS = [
  { dir: "out", basePath: "" },
  { dir: "out-base/mesh-atlas", basePath: "/mesh-atlas" },
] as const;

const slugs = readdirSync("content/glossary")
  .filter((file) => file.endsWith(".md"))
  .map((file) => file.slice(0, -".md".length));

for (const { dir, basePath } of BUILDS) {
  test(`every link and anchor in ${dir}/ resolves, every page has a title, one h1 and a way in`, () => {
    const report = crawl(dir, basePath);
    expect(report.problems, report.problems.map(formatProblem).join("\n")).toHaveLength(0);

    expect(report.pages.length).toBeGreaterThanOrEqual(1000);
    const reached = new Set(report.pages.filter((page) => page.reachable).map((page) => page.url));
    expect(slugs.filter((slug) => !reached.has(`${basePath}/glossary/${slug}/`))).toEqual([]);
    // The anchor checks above had something to check: sense anchors and docs-map anchors.
    const anchored = (prefix: string) =>
      report.internalLinks.filter((link) => link.fragment !== "" && link.target.startsWith(`${basePath}${prefix}`))
        .length;
    expect(anchored("/docs-map/tasks/")).toBeGreaterThan(50);
    expect(anchored("/glossary/cluster/")).toBeGreaterThan(10);
    expect(report.pages.filter((page) => page.redirectTo !== undefined).length).toBeGreaterThan(900);
  });
}
