import assert from "node:assert/strict";
import { test } from "node:test";
import { loadContent } from "../content/load";
import { foldQuery } from "../text/normalize";
import { findStructures, STRUCTURE_NAMES, type StructureKind } from "../text/structures";

/** One pasted sample of each structure, for the kinds whose names depend on what was pasted. */
const SAMPLES: Record<StructureKind, string> = {
  "access-log": '"GET /api HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure}',
  "access-log-json": '{"response_flags": "UF"}',
  "envoy-cluster": "outbound|9080||reviews.shop.svc.cluster.local",
  "spiffe-id": "spiffe://cluster.local/ns/shop/sa/web",
  principal: "cluster.local/ns/shop/sa/web",
  fqdn: "reviews.shop.svc.cluster.local",
  "analyzer-line": "Error [IST0101] (VirtualService shop/reviews) Referenced host not found",
  "proxy-node-id": "sidecar~10.1.2.3~reviews-v1-abc.shop~shop.svc.cluster.local",
  "ztunnel-log": 'connection complete src.addr=10.0.0.1:5000 src.workload="a" direction="outbound"',
  "istiod-push": "CDS: PUSH request for node:reviews-v1-abc.shop resources:27 size:31.5kB",
  "envoy-filter": "envoy.filters.http.local_ratelimit",
};

test("every name search gives a pasted structure is a glossary name, so it answers with that term", () => {
  const names = new Set(
    loadContent()
      .content.glossary.flatMap((e) => [e.term, ...e.aliases, ...e.senses.map((s) => s.label)])
      .map(foldQuery),
  );
  const missing = (Object.keys(STRUCTURE_NAMES) as StructureKind[]).flatMap((kind) => {
    const own = STRUCTURE_NAMES[kind];
    const structure = findStructures(SAMPLES[kind]).find((s) => s.kind === kind);
    assert.ok(structure, `the sample of ${kind} is one`);
    return (typeof own === "function" ? own(structure) : own)
      .filter((name) => !names.has(foldQuery(name)))
      .map((name) => `${kind}: ${name}`);
  });
  assert.deepEqual(missing, []);
});
