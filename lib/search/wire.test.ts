import assert from "node:assert/strict";
import { test } from "node:test";
import { buildSearchIndex, SearchEngine, unshipRecords } from "./engine";
import { nullableRecordFields, parseSearchIndex, searchRecordSchema } from "./schema";
import { other, sense } from "./test-records";
import { NULLABLE_RECORD_FIELDS, RECORD_FIELDS, SEARCH_INDEX_VERSION } from "./types";
import { readSearchIndex } from "./wire";

// Node's full check and the browser's light one refuse a broken file with the same kind of message.
for (const [name, read] of [
  ["parseSearchIndex", parseSearchIndex],
  ["readSearchIndex", readSearchIndex],
] as const) {
  test(`${name}: an index of an older version is refused with a clear message`, () => {
    const old = { ...buildSearchIndex([]), version: SEARCH_INDEX_VERSION - 1 };
    assert.throws(
      () => read(old, "/search-index.json"),
      new RegExp(`search-index\\.json: .*version ${SEARCH_INDEX_VERSION - 1} is not ${SEARCH_INDEX_VERSION}: rebuild`),
    );
  });

  test(`${name}: a tampered index is refused where it breaks`, () => {
    const good = buildSearchIndex([sense("mesh", "istio", { title: "Mesh" })]);
    const bad = { ...good, records: { ...good.records, id: [7] } };
    assert.throws(() => read(bad, "/search-index.json"), /search-index\.json: .* at records\.id\.0/);
    const short = { ...good, records: { ...good.records, title: [] } };
    assert.throws(() => read(short, "/search-index.json"), /at records\.title: 0 values for 1 records/);
  });

  test(`${name}: a cut-off index is refused`, () => {
    const { flex: _flex, ...cut } = buildSearchIndex([]);
    assert.throws(() => read(cut, "/search-index.json"), /at flex/);
    assert.throws(() => read("<html>", "/search-index.json"), /not a search index/);
  });

  test(`${name}: a current index passes unchanged`, () => {
    const data = buildSearchIndex([]);
    assert.deepEqual(read(JSON.parse(JSON.stringify(data)), "x"), data);
  });
}

test("the index ships no URL a record's kind builds from its id, and the engine puts it back", () => {
  const data = buildSearchIndex([
    sense("cluster", "envoy", { title: "Cluster" }),
    other("error", "uf", "UF", { url: "/errors/uf/" }),
    other("doc", "docs/ops/x", "Ops page", { url: "https://istio.io/latest/docs/ops/x/" }),
    // Not where the kind's route points (a team's own page, say): shipped as written.
    other("list", "day-one", "Day one", { url: "/teams/day-one/" }),
  ]);
  assert.deepEqual(data.records.url, [null, null, "https://istio.io/latest/docs/ops/x/", "/teams/day-one/"]);
  const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(data)));
  assert.equal(engine.search("cluster")[0]?.url, "/glossary/cluster/#envoy");
  assert.equal(engine.search("UF")[0]?.url, "/errors/uf/");
  assert.equal(engine.search("day one")[0]?.url, "/teams/day-one/");
});

test("a term's senses after the first ship no aliases when they share the term's, and the engine restores them", () => {
  const aliases = ["DR", "trafficrule"];
  const data = buildSearchIndex([
    sense("destination-rule", "istio", { title: "DestinationRule", aliases }),
    sense("destination-rule", "envoy", { title: "DestinationRule", aliases, order: 1 }),
    sense("destination-rule", "other", { title: "DestinationRule", aliases: ["dest rule"], order: 2 }),
    sense("dr-flag", "envoy", { title: "DR", aliases }),
  ]);
  assert.deepEqual(data.records.aliases, [aliases, null, ["dest rule"], aliases]);
  const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(data)));
  const senses = engine
    .search("trafficrule")
    .filter((r) => r.id === "destination-rule")
    .map((r) => r.sense);
  assert.deepEqual(senses.sort(), ["envoy", "istio"]);
});

test("the body index holds a record's own words, not stop words no query looks up", () => {
  const records = [
    sense("mesh", "istio", { title: "Mesh", body: "The proxies of the mesh and their certificates" }),
    sense("port", "istio", { title: "Port", body: "the port of a Service" }),
  ];
  const words = Object.values(buildSearchIndex(records).flex).flatMap((chunk) => ("words" in chunk ? chunk.words : []));
  assert.ok(words.includes("certif"), words.join(" "));
  for (const stop of ["the", "of", "and"]) assert.ok(!words.includes(stop), stop);
  // Still found by their words.
  const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(buildSearchIndex(records))));
  assert.equal(engine.search("certificates of the mesh")[0]?.id, "mesh");
});

test("the record fields the worker ships as columns are the schema's, and so are those whose null is a value", () => {
  assert.deepEqual([...RECORD_FIELDS].sort(), Object.keys(searchRecordSchema.shape).sort());
  assert.deepEqual([...NULLABLE_RECORD_FIELDS].sort(), nullableRecordFields().sort());
});

test("records ship field by field and come back as they were, a sense's null and a list left out alike", () => {
  const records = [
    sense("mesh", "istio", { title: "Mesh", keywords: ["ambient"] }),
    other("error", "uf", "UF", { url: "/errors/uf/", codes: ["UpstreamConnectionFailure"] }),
  ];
  const data = JSON.parse(JSON.stringify(buildSearchIndex(records)));
  assert.deepEqual(data.records.kind, ["term", "error"]);
  assert.deepEqual(data.records.codes, [null, ["UpstreamConnectionFailure"]]);
  const [mesh, uf] = unshipRecords(parseSearchIndex(data, "x").records);
  assert.equal(uf?.sense, null);
  assert.equal(mesh?.codes, undefined);
  assert.deepEqual(uf?.codes, ["UpstreamConnectionFailure"]);
  assert.deepEqual(mesh?.keywords, ["ambient"]);
});

test("the body index ships its postings as differences, and loads back to the same answers", () => {
  const records = [
    sense("mesh", "istio", { title: "Mesh", body: "proxies certificates" }),
    sense("port", "istio", { title: "Port", body: "protocol certificates" }),
    sense("cluster", "envoy", { title: "Cluster", body: "upstream certificates" }),
  ];
  const data = buildSearchIndex(records);
  const map = Object.values(data.flex).find((chunk) => "words" in chunk);
  assert.ok(map && "words" in map);
  // Records 0, 1 and 2 hold "certif": the first as is, then a step of one each.
  assert.deepEqual(map.ids[map.words.indexOf("certif")], [0, 1, 1]);
  const engine = SearchEngine.fromData(JSON.parse(JSON.stringify(data)));
  assert.deepEqual(
    engine
      .search("certificates")
      .map((r) => r.id)
      .sort(),
    ["cluster", "mesh", "port"],
  );
  assert.equal(engine.search("upstream certificates")[0]?.id, "cluster");
});

for (const [name, read] of [
  ["parseSearchIndex", parseSearchIndex],
  ["readSearchIndex", readSearchIndex],
] as const)
  test(`${name}: a body index chunk of another shape is refused`, () => {
    const data = buildSearchIndex([sense("mesh", "istio", { title: "Mesh", body: "proxies" })]);
    const [key] = Object.keys(data.flex);
    const bad = { ...data, flex: { ...data.flex, [key ?? "x"]: '[["proxi",[[0]]]]' } };
    assert.throws(() => read(bad, "/search-index.json"), /at flex\./);
  });
