import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { crawl } from "./crawl";
import { fileForPath } from "./export-files";
import { formatProblem, groupByHost } from "./format";
import { refreshUrl } from "./parse-page";
import type { ProblemKind } from "./types";

const FIXTURES = path.join("lib", "site-check", "__fixtures__");
const report = crawl(path.join(FIXTURES, "export"), "");
const problemsOf = (kind: ProblemKind) =>
  report.problems
    .filter((p) => p.kind === kind)
    .map(formatProblem)
    .sort();

test("links to paths no file serves are named with their page, including assets and meta refresh targets", () => {
  assert.deepEqual(problemsOf("missing-file"), [
    "/ → /api/missing.json → no file serves /api/missing.json [missing-file]",
    "/ → /missing-icon.svg?v=1 → no file serves /missing-icon.svg [missing-file]",
    "/ → /missing.png → no file serves /missing.png [missing-file]",
    "/ → /missing/ → no file serves /missing/ [missing-file]",
    "/go/old/ → /gone/ → no file serves /gone/ [missing-file]",
  ]);
});

test("fragments must name an id or a legacy a[name] on the target page", () => {
  assert.deepEqual(problemsOf("missing-anchor"), [
    '/ → /a/#nope → no id "nope" on /a/ [missing-anchor]',
    '/a/ → #gone → no id "gone" on /a/ [missing-anchor]',
  ]);
});

test("titles, h1s and orphans are checked per page; redirect pages skip the h1 and orphan rules, 404 the orphan rule", () => {
  assert.deepEqual(problemsOf("no-title"), ["/b → no <title>, or an empty one [no-title]"]);
  assert.deepEqual(problemsOf("h1-count"), [
    "/b → 2 <h1> elements, expected 1 [h1-count]",
    "/orphan/ → 0 <h1> elements, expected 1 [h1-count]",
  ]);
  assert.deepEqual(problemsOf("orphan"), ["/orphan/ → no chain of links from the home page reaches it [orphan]"]);
  assert.deepEqual(problemsOf("bad-refresh"), ['/go/bad/ → meta refresh "0" names no URL [bad-refresh]']);
  assert.deepEqual(report.exempt.map((e) => e.url).sort(), ["/404", "/go/bad/", "/go/ok/", "/go/old/"]);
  assert.equal(report.problems.length, 12, report.problems.map(formatProblem).join("\n"));
});

test("pages report their URL, title (not an svg's), h1 count, ids, names, redirect and reachability", () => {
  const page = (url: string) => report.pages.find((p) => p.url === url);
  assert.deepEqual(page("/"), {
    url: "/",
    file: "index.html",
    title: "Home",
    h1Count: 1,
    ids: ["main"],
    names: [],
    reachable: true,
  });
  assert.deepEqual(page("/a/")?.names, ["legacy"]);
  assert.equal(page("/b")?.file, "b.html");
  assert.equal(page("/go/ok/")?.redirectTo, "/a/#sense");
  assert.equal(page("/go/old/")?.redirectTo, "/gone/");
  assert.equal(page("/orphan/")?.reachable, false);
});

test("internal links resolve relative to their page, by path: queries are dropped, fragments decoded", () => {
  const link = report.internalLinks.find((l) => l.from === "/" && l.href === "/a/?q=x#sense");
  assert.deepEqual(link, {
    from: "/",
    href: "/a/?q=x#sense",
    kind: "navigation",
    target: "/a/",
    file: "a/index.html",
    fragment: "sense",
  });
  const relative = report.internalLinks.find((l) => l.from === "/a/" && l.href === "../");
  assert.equal(relative?.file, "index.html");
  assert.ok(
    !report.internalLinks.some((l) => l.href.startsWith("/not-checked")),
    "rel=canonical is not a fetched asset",
  );
  assert.ok(!report.internalLinks.some((l) => l.href.startsWith("data:") || l.href.startsWith("javascript:")));
});

test("external links are listed once per href with the pages using them, grouped by host, never fetched", () => {
  assert.deepEqual(report.externalLinks, [
    { href: "https://istio.io/latest/docs/", pages: ["/"] },
    { href: "https://kubernetes.io/docs/", pages: ["/a/"] },
    { href: "mailto:team@example.com", pages: ["/"] },
  ]);
  assert.deepEqual(
    groupByHost(report.externalLinks).map((g) => g.host),
    ["istio.io", "kubernetes.io", "mailto:"],
  );
});

test("below a base path, links must carry it; the base path without a slash is the home page", () => {
  const based = crawl(path.join(FIXTURES, "base-export", "mesh-atlas"), "/mesh-atlas");
  assert.deepEqual(based.problems.map(formatProblem), [
    "/mesh-atlas/ → /a/ → /a/ is not below /mesh-atlas/ [outside-base-path]",
  ]);
  assert.ok(based.pages.every((p) => p.reachable));
});

test("clean URLs resolve like a static server with trailing slashes", () => {
  const files = new Set(["index.html", "b.html", "x/index.html", "search-index.json"]);
  assert.equal(fileForPath(files, "/"), "index.html");
  assert.equal(fileForPath(files, "/b"), "b.html");
  assert.equal(fileForPath(files, "/x"), "x/index.html");
  assert.equal(fileForPath(files, "/x/"), "x/index.html");
  assert.equal(fileForPath(files, "/search-index.json"), "search-index.json");
  assert.equal(fileForPath(files, "/b/"), undefined);
});

test("meta refresh content is read as the HTML standard does", () => {
  assert.equal(refreshUrl("0; url=/glossary/x/"), "/glossary/x/");
  assert.equal(refreshUrl("5;URL='/x/'"), "/x/");
  assert.equal(refreshUrl("0, /y/"), "/y/");
  assert.equal(refreshUrl("0"), undefined);
});
