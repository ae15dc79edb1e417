import assert from "node:assert/strict";
import { test } from "node:test";
import { buildSearchIndex, parseSearchIndex } from "./engine";

test("an index of an older version is refused with a clear message", () => {
  const old = { ...buildSearchIndex([]), version: 2 };
  assert.throws(() => parseSearchIndex(old, "/search-index.json"), /search-index\.json: .*version 2 is not 3: rebuild/);
});

test("a tampered index is refused where it breaks", () => {
  const bad = { ...buildSearchIndex([]), records: [{ kind: "term", id: 7 }] };
  assert.throws(() => parseSearchIndex(bad, "/search-index.json"), /at records\.0\.id/);
});

test("a current index passes unchanged", () => {
  const data = buildSearchIndex([]);
  assert.deepEqual(parseSearchIndex(JSON.parse(JSON.stringify(data)), "x"), data);
});
