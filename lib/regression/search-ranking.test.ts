import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { isNameMatch } from "../search/engine";
import { siteEngine } from "./site-engine";

const ids = (q: string, n = 10) =>
  siteEngine()
    .search(q, { limit: n })
    .map((r) => r.id);
const rankOf = (q: string, id: string) => ids(q, 50).indexOf(id);

describe("foundation ranking", () => {
  test('"cluster" gives the Cluster entry first, one result per sense', () => {
    const results = siteEngine().search("cluster", { limit: 10 });
    assert.equal(results[0]?.id, "cluster");
    const senses = results.filter((r) => r.id === "cluster").map((r) => r.sense);
    assert.ok(senses.length >= 3, `cluster senses: ${senses.join(",")}`);
    assert.equal(new Set(senses).size, senses.length);
  });

  test('"VS" gives virtual-service in the top 3', () => {
    const r = rankOf("VS", "virtual-service");
    assert.ok(r >= 0 && r < 3, `rank ${r}`);
  });

  test('"VirtualService" and "virtual service" agree', () => {
    assert.deepEqual(ids("VirtualService", 5), ids("virtual service", 5));
    assert.equal(ids("VirtualService")[0], "virtual-service");
  });

  test('"headles servce" finds headless-service', () => {
    assert.equal(ids("headles servce")[0], "headless-service");
  });

  test('"registry" gives registry first', () => {
    assert.equal(ids("registry")[0], "registry");
  });

  test("a query naming a sense lands on that sense", () => {
    const top = siteEngine().search("envoy cluster", { limit: 1 })[0];
    assert.equal(top?.url, "/glossary/cluster/#envoy");
  });

  test("abbreviations resolve through aliases", () => {
    assert.equal(ids("DR")[0], "destination-rule");
    assert.equal(ids("SE")[0], "service-entry");
    assert.equal(ids("PA")[0], "peer-authentication");
  });

  test("plural and lower-case kinds find the kind", () => {
    assert.equal(ids("destinationrules")[0], "destination-rule");
    assert.equal(ids("DestinationRules")[0], "destination-rule");
  });

  test("nonsense finds nothing rather than noise", () => {
    assert.deepEqual(ids("qwxzv"), []);
  });
});

test("every title of Istio's own glossary finds its entry by name", () => {
  // Titles only (facts), copied from the istio.io glossary index.
  const titles = JSON.parse(readFileSync("lib/regression/__fixtures__/istio-glossary-titles.json", "utf8")) as string[];
  assert.ok(titles.length >= 61);
  const missing = titles.filter((t) => {
    const top = siteEngine().search(t, { limit: 1 })[0];
    return top?.kind !== "term" || !isNameMatch(top.match);
  });
  assert.deepEqual(missing, []);
});
