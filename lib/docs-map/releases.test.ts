import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { loadDocsMap } from "./load";
import { istioDocsUrl, pickRelease, withLinkVersion } from "./releases";

const page = (p: string, title: string, parent: string | null) => ({
  path: p,
  title,
  weight: null,
  parent,
  headings: [],
  keywords: [],
  aliases: [],
});

/** A map of 1.27 with two other releases: 1.26 lacks one page and titles another differently. */
function fixture(extra?: (dir: string) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), "docs-releases-"));
  const dir = path.join(root, "docs-map");
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const own = [page("", "Docs", null), page("tasks", "Tasks", ""), page("tasks/quickstart", "Quickstart", "tasks")];
  write("pages.json", JSON.stringify({ source: "own", pages: own }));
  write("config.yaml", 'release: "1.27"\nlink_version: v1.27\n');
  write("annotations.yaml", own.map((p) => `"${p.path}":\n  summary: "About ${p.title}."\n  terms: [mesh]\n`).join(""));
  write(
    "releases/1.26/pages.json",
    JSON.stringify({ source: "older", pages: [page("", "Docs", null), page("tasks", "Tasks and how-tos", "")] }),
  );
  write("releases/1.26/config.yaml", 'release: "1.26"\nlink_version: v1.26\nas_of: 2025-05-08\n');
  write("releases/1.25/pages.json", JSON.stringify({ source: "oldest", pages: own }));
  write("releases/1.25/config.yaml", 'release: "1.25"\nlink_version: v1.25\n');
  extra?.(dir);
  return root;
}

test("a map holds its own release first, the others newest first, and marks how each page differs", () => {
  const { docsMap, problems } = loadDocsMap(fixture());
  assert.deepEqual(problems, []);
  assert.deepEqual(
    docsMap?.releases.map((r) => [r.release, r.linkVersion, r.pageCount]),
    [
      ["1.27", "v1.27", 3],
      ["1.26", "v1.26", 2],
      ["1.25", "v1.25", 3],
    ],
  );
  const by = new Map(docsMap?.pages.map((p) => [p.path, p.differs]));
  assert.deepEqual(by.get("tasks/quickstart"), [{ release: "1.26", kind: "absent" }]);
  assert.deepEqual(by.get("tasks"), [{ release: "1.26", kind: "renamed", title: "Tasks and how-tos" }]);
  assert.deepEqual(by.get(""), []);
});

test("a release folder whose config names another release is an error at its line", () => {
  const { problems } = loadDocsMap(
    fixture((dir) =>
      writeFileSync(path.join(dir, "releases/1.25/config.yaml"), 'link_version: v1.25\nrelease: "1.24"\n'),
    ),
  );
  assert.equal(problems.length, 1);
  assert.match(problems[0]?.file ?? "", /releases\/1\.25\/config\.yaml$/);
  assert.equal(problems[0]?.line, 2);
  assert.match(problems[0]?.message ?? "", /"1\.24" is in a folder named "1\.25"/);
});

test("links move to the picked release's copy, anchors kept; other links stay", () => {
  assert.equal(istioDocsUrl("v1.26", "tasks/security"), "https://istio.io/v1.26/docs/tasks/security/");
  assert.equal(
    withLinkVersion("https://istio.io/v1.27/docs/tasks/security/#before-you-begin", "v1.25"),
    "https://istio.io/v1.25/docs/tasks/security/#before-you-begin",
  );
  assert.equal(withLinkVersion("https://istio.io/latest/docs/", "v1.26"), "https://istio.io/v1.26/docs/");
  assert.equal(
    withLinkVersion("https://istio.io/latest/blog/2025/x/", "v1.26"),
    "https://istio.io/latest/blog/2025/x/",
  );
  assert.equal(withLinkVersion("/glossary/cluster/", "v1.26"), "/glossary/cluster/");
});

test("the address's release wins over the remembered one; an unknown one falls back to the map's own", () => {
  const rs = [
    { release: "1.27", linkVersion: "v1.27" },
    { release: "1.26", linkVersion: "v1.26" },
  ];
  assert.equal(pickRelease(rs, "1.26", "1.27")?.release, "1.26");
  assert.equal(pickRelease(rs, null, "1.26")?.release, "1.26");
  assert.equal(pickRelease(rs, "1.19", "nonsense")?.release, "1.27");
});
