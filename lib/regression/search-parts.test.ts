import assert from "node:assert/strict";
import { test } from "node:test";
import { loadContent } from "../content/load";
import { buildSiteSearchParts } from "../content/search-index";
import { SearchEngine } from "../search/engine";
import type { SearchIndexData } from "../search/types";
import { siteEngine } from "./site-engine";

const content = loadContent("content").content;
const [first, rest] = buildSiteSearchParts(content).map(
  (part) => JSON.parse(JSON.stringify(part)) as SearchIndexData,
) as [SearchIndexData, SearchIndexData];

/** Queries of every shape: names, questions, docs-page words, codes, pasted strings, identifiers, typos. */
const QUERIES = [
  "cluster",
  "virtual service vs service",
  "how do I configure ingress tls",
  "consecutive5xxErrors",
  "503 UF,URX",
  "IST0132",
  "outbound|9080||reviews.default.svc.cluster.local",
  "peerauthentication strict",
  "sidecar injection not working",
  "traffic.sidecar.istio.io/excludeOutboundPorts",
  "istio_requests_total",
  "upgrade canary revision",
  "destinaton rule",
  "what is the mesh config root namespace",
];

test("the two parts the browser loads rank exactly as the whole index", () => {
  const parts = SearchEngine.fromData([first, rest]);
  const whole = siteEngine();
  assert.equal(parts.size, whole.size);
  for (const q of QUERIES) {
    const a = parts.search(q, { limit: 20 }).map((r) => `${r.kind}:${r.id}#${r.sense} ${r.score.toFixed(6)}`);
    const b = whole.search(q, { limit: 20 }).map((r) => `${r.kind}:${r.id}#${r.sense} ${r.score.toFixed(6)}`);
    assert.deepEqual(a, b, q);
  }
});

test("the first part holds every record but docs pages, and alone already answers names and codes", () => {
  assert.ok(first.records.kind.every((kind) => kind !== "doc"));
  assert.ok(rest.records.kind.every((kind) => kind === "doc"));
  assert.equal(first.records.kind.length + rest.records.kind.length, siteEngine().size);
  const alone = SearchEngine.fromData(first);
  assert.equal(alone.search("IST0132", { limit: 3 })[0]?.id, "ist0132");
  assert.equal(alone.search("cluster", { limit: 3 })[0]?.id, "cluster");
});
