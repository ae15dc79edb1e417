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
