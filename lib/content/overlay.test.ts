import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { SearchEngine } from "../search/engine";
import { formatProblem } from "../source/problems";
import { loadContent, siteRecords, termMentions } from "./load";
import { buildSiteSearchIndex } from "./search-index";

const EXAMPLE = path.join("e2e", "fixtures", "overlay");

/** An overlay folder holding the given files (path -> text). */
function overlay(files: Record<string, string>): string {
  const dir = path.relative(process.cwd(), mkdtempSync(path.join(tmpdir(), "overlay-")));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const fleetctl = readFileSync(path.join(EXAMPLE, "glossary", "fleetctl.md"), "utf8");
const clusterExtension = readFileSync(path.join(EXAMPLE, "glossary", "cluster.md"), "utf8");

describe("a team's overlay over the built-in content", () => {
  test("adds its entries and its senses on built-in terms, each marked as the team's", () => {
    const { content, problems } = loadContent("content", EXAMPLE);
    assert.deepEqual(problems.map(formatProblem), []);
    const fleet = content.glossary.find((e) => e.slug === "fleetctl");
    assert.deepEqual(fleet?.team?.senses, ["tool"]);
    const cluster = content.glossary.find((e) => e.slug === "cluster");
    assert.deepEqual(
      cluster?.senses.map((s) => s.id),
      ["kubernetes", "envoy", "istio", "fleet"],
    );
    assert.deepEqual(cluster?.team?.senses, ["fleet"]);
    assert.ok(cluster?.aliases.includes("fleet cluster"));
    // The built-in file stays the entry's own (edit links, errors); the team's file is kept beside it.
    assert.equal(cluster?.file, path.join("content", "glossary", "cluster.md"));
    assert.equal(cluster?.team?.file, path.join(EXAMPLE, "glossary", "cluster.md"));
    assert.equal(content.glossary.find((e) => e.slug === "gateway")?.team, undefined);
  });

  test("the same slug without extends or replaces is an error naming both files", () => {
    const dir = overlay({ "glossary/cluster.md": clusterExtension.replace("extends: true\n", "") });
    const messages = loadContent("content", dir).problems.map(formatProblem);
    assert.deepEqual(messages, [
      `${path.join(dir, "glossary", "cluster.md")}:2:7: "cluster" is already a built-in entry (${path.join("content", "glossary", "cluster.md")}:1:1); say \`extends: true\` to add senses to it or \`replaces: true\` to stand in for it`,
    ]);
  });

  test("a sense id the built-in entry has is an error at the team's line", () => {
    const dir = overlay({ "glossary/cluster.md": clusterExtension.replace("id: fleet", "id: envoy") });
    const messages = loadContent("content", dir).problems.map(formatProblem);
    assert.equal(messages.length, 1);
    assert.match(
      messages[0] ?? "",
      /cluster\.md:10:\d+: sense "envoy" already exists in content\/glossary\/cluster\.md/,
    );
  });

  test("problems in what an extension adds are reported in the team's file, at the team's lines", () => {
    const dir = overlay({
      "glossary/cluster.md": clusterExtension
        .replace("  - fleet cluster\n", "  - fleet cluster\n  - virtual service\n")
        .replace("    context: general\n", "    context: general\n    redirect_from: [envoy]\n"),
    });
    const file = path.join(dir, "glossary", "cluster.md");
    const messages = loadContent("content", dir).problems.map(formatProblem);
    assert.deepEqual(messages.sort(), [
      `${file}:13:21: "envoy" is the id of senses[1], not a former id`,
      `${file}:6:5: "virtual service" is already a name of the entry "virtual-service"; list each other in \`confused_with\` if both are senses of one word`,
    ]);
  });

  test("extends with nothing to extend, a built-in list's slug, and folders no kind merges are errors", () => {
    const dir = overlay({
      "glossary/fleet.md": clusterExtension.replace("term: Cluster", "term: Fleet"),
      "reading-lists/security.md": readFileSync(path.join("content", "reading-lists", "security.md"), "utf8"),
      "compare/ours.md": "---\ntitle: x\n---\n",
    });
    const messages = loadContent("content", dir).problems.map(formatProblem);
    assert.deepEqual(messages, [
      `${path.join(dir, "compare")}:1:1: an overlay can hold glossary/, reading-lists/ and docs/ so far; this is left out`,
      `${path.join(dir, "glossary", "fleet.md")}:3:10: \`extends: true\` but there is no built-in entry "fleet"`,
      `${path.join(dir, "reading-lists", "security.md")}:1:1: "security" is already a built-in reading list (${path.join("content", "reading-lists", "security.md")}:1:1); give the team's list another file name`,
    ]);
  });

  test("a team's docs pages are search records and are listed on the pages of the terms they cover", () => {
    const { content } = loadContent("content", EXAMPLE);
    const page = siteRecords(content).find((r) => r.id === "team/fleet-upgrades");
    assert.equal(page?.kind, "doc");
    assert.equal(page?.url, "https://wiki.example.internal/platform/runbooks/fleet-upgrades");
    assert.deepEqual(page?.links, ["cluster", "revision", "canary-upgrade"]);
    // A search that matches one of its headings lands on that section of the team's page.
    const engine = SearchEngine.fromData(buildSiteSearchIndex(content));
    const hit = engine.search("rolling back a fleet").find((r) => r.id === "team/fleet-upgrades");
    assert.equal(hit?.url, "https://wiki.example.internal/platform/runbooks/fleet-upgrades#rolling-back");
    const listed = termMentions(content, "revision").find((m) => m.id === "team-docs");
    assert.deepEqual(
      listed?.items.map((i) => i.label),
      ["Upgrading Istio across the fleet"],
    );
    const dir = overlay({
      "docs/runbook.md":
        "---\ntitle: Runbook\nurl: https://wiki.example.internal/r\nsummary: A runbook.\nterms: [no-such-term]\n---\n",
    });
    assert.deepEqual(loadContent("content", dir).problems.map(formatProblem), [
      `${path.join(dir, "docs", "runbook.md")}:5:9: "no-such-term" is not a glossary entry`,
    ]);
  });

  test("team senses may link to the team's own pages; built-in ones only to the official docs", () => {
    assert.match(fleetctl, /wiki\.example\.internal/);
    const dir = overlay({ "glossary/fleetctl.md": fleetctl });
    assert.deepEqual(loadContent("content", dir).problems, []);
    const builtIn = overlay({ "glossary/fleetctl.md": fleetctl });
    const asBase = loadContent(builtIn, undefined).problems.map(formatProblem);
    assert.ok(asBase.some((m) => /must link to an official documentation host/.test(m)));
  });
});
