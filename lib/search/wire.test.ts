import assert from "node:assert/strict";
import { test } from "node:test";
import { buildSearchIndex, parseSearchIndex } from "./engine";
import { SEARCH_INDEX_VERSION } from "./types";

test("an index of an older version is refused with a clear message", () => {
  const old = { ...buildSearchIndex([]), version: SEARCH_INDEX_VERSION - 1 };
  assert.throws(
    () => parseSearchIndex(old, "/search-index.json"),
    new RegExp(`search-index\\.json: .*version ${SEARCH_INDEX_VERSION - 1} is not ${SEARCH_INDEX_VERSION}: rebuild`),
  );
});

test("a tampered index is refused where it breaks", () => {
  const bad = { ...buildSearchIndex([]), records: [{ kind: "term", id: 7 }] };
  assert.throws(() => parseSearchIndex(bad, "/search-index.json"), /at records\.0\.id/);
});

test("a current index passes unchanged", () => {
  const data = buildSearchIndex([]);
  assert.deepEqual(parseSearchIndex(JSON.parse(JSON.stringify(data)), "x"), data);
});
