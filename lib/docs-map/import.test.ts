import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { parse, stringify } from "yaml";
import { fromHugoCheckout, fromTreeJson, mergeImport, orderPages } from "./import";
import type { DocsPage } from "./schema";

const FIXTURES = path.join("lib", "docs-map", "__fixtures__");
const fromJson = () =>
  orderPages(fromTreeJson(JSON.parse(readFileSync(path.join(FIXTURES, "tree.json"), "utf8"))).pages);
const fromHugo = () => orderPages(fromHugoCheckout(path.join(FIXTURES, "hugo")).pages);

test("the JSON tree and an istio.io checkout give the same map", () => {
  assert.deepEqual(fromHugo(), fromJson());
});

test("pages come parent first, siblings by weight; drafts and fenced headings are left out", () => {
  const pages = fromHugo();
  assert.deepEqual(
    pages.map((p) => p.path),
    ["", "tasks", "tasks/traffic", "tasks/security", "tasks/security/authn", "ops"],
  );
  assert.deepEqual(pages.find((p) => p.path === "tasks/traffic")?.headings, [
    { text: "Before you begin", anchor: "before-you-begin" },
    { text: "Route by header", anchor: "header-routing" },
  ]);
  assert.equal(pages.find((p) => p.path === "tasks/security/authn")?.headings[0]?.anchor, "why-not-use-mtls");
});

test("re-importing keeps annotations; a moved page takes its annotation along", () => {
  const before = fromJson();
  const moved: DocsPage[] = before.map((p) =>
    p.path === "tasks/security/authn"
      ? { ...p, path: "tasks/security/authentication", aliases: [...p.aliases, "/docs/tasks/security/authn/"] }
      : p,
  );
  const added: DocsPage = {
    path: "ops/new",
    title: "New",
    weight: 1,
    parent: "ops",
    headings: [],
    keywords: [],
    aliases: [],
  };
  const result = mergeImport(before, [...moved.filter((p) => p.path !== "ops"), added], {
    "tasks/security/authn": { summary: "Ours.", answers: ["turn on mTLS for one namespace"], terms: ["mutual-tls"] },
    ops: { summary: "Gone soon.", answers: [], terms: [] },
    tasks: { summary: "Kept.", answers: [], terms: [] },
  });
  assert.deepEqual(result.report, {
    added: ["ops/new"],
    removed: ["ops"],
    renamed: [{ from: "tasks/security/authn", to: "tasks/security/authentication" }],
  });
  assert.deepEqual(Object.keys(result.annotations).sort(), ["tasks", "tasks/security/authentication"]);
  // Summary, questions and terms move with the renamed page.
  assert.deepEqual(result.annotations["tasks/security/authentication"], {
    summary: "Ours.",
    answers: ["turn on mTLS for one namespace"],
    terms: ["mutual-tls"],
  });
  assert.deepEqual(result.orphaned, ["ops"]);
});

test("npm run import-docs writes the map and reports a second run as unchanged", () => {
  const out = mkdtempSync(path.join(tmpdir(), "docs-map-"));
  writeFileSync(
    path.join(out, "annotations.yaml"),
    `# Our notes.\n${stringify({ tasks: { summary: "Hand-written.", terms: [] } })}`,
  );
  const run = (source: string) =>
    execFileSync(process.execPath, ["--import", "tsx", "scripts/import-docs.ts", source, "--out", out], {
      encoding: "utf8",
    });
  const firstRun = run(path.join(FIXTURES, "tree.json"));
  assert.match(firstRun, /imported 6 pages[\s\S]*added 6, removed 0, renamed 0/);
  // The pages nobody has written a note for yet are listed, so the next step is clear.
  assert.match(firstRun, /5 pages have no summary, questions or terms yet/);
  const first = readFileSync(path.join(out, "pages.json"), "utf8");
  cpSync(path.join(FIXTURES, "hugo"), path.join(out, "checkout"), { recursive: true });
  assert.match(run(path.join(out, "checkout")), /added 0, removed 0, renamed 0/);
  const second = JSON.parse(readFileSync(path.join(out, "pages.json"), "utf8")) as { pages: unknown };
  assert.deepEqual(second.pages, (JSON.parse(first) as { pages: unknown }).pages);
  const annotations = readFileSync(path.join(out, "annotations.yaml"), "utf8");
  assert.ok(annotations.startsWith("# Our notes.\n"), "the header comment stays");
  assert.deepEqual(parse(annotations), { tasks: { summary: "Hand-written.", terms: [] } });
});
