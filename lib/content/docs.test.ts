import assert from "node:assert/strict";
import { test } from "node:test";
import { getContent, siteRecords } from "./load";

test("a docs page linked to one sense of a term carries that sense's words and no other sense's", () => {
  const records = siteRecords(getContent());
  const page = records.find((r) => r.kind === "doc" && r.id === "/latest/docs/releases/contribute/");
  assert.ok(page, "the docs contribution index is on the map");
  // Its annotation names the Git sense of "tag": a query about image tags or revision tags does not lift it.
  assert.deepEqual(page.links, ["tag#git"]);
  assert.match(page.body, /Git release tag/);
  assert.doesNotMatch(page.body, /image tag|span tag/i);
  // The term's aliases that no other sense claims stay the page's words.
  assert.match(page.body, /\btags\b/);
});

test("an environment variable's fact names the program that reads it in its own code, and only there", () => {
  const records = siteRecords(getContent());
  const facts = (path: string) =>
    records.find((r) => r.kind === "doc" && r.id === `/latest/docs/reference/commands/${path}/`)?.reference ?? [];
  const discovery = facts("pilot-discovery").filter((f) => f.kind === "env");
  assert.ok(discovery.length > 100, "pilot-discovery's page lists its environment variables");
  // pilot-discovery is the glossary's istiod (an alias): the variables registered in its code name it.
  assert.ok(discovery.some((f) => f.home && f.term === "istiod#istio"));
  assert.ok(discovery.every((f) => (f.home ? f.term === "istiod#istio" : f.term === undefined)));
  assert.ok(facts("pilot-agent").some((f) => f.kind === "env" && f.home && f.term === "pilot-agent#istio"));
  // Flags and fields keep what they had: a flag names no program term.
  assert.ok(facts("pilot-discovery").every((f) => f.kind === "env" || f.term === undefined));
});
