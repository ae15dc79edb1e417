import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildSearchIndex, SearchEngine } from "./engine";
import { DEFAULT_RANKING, rankingWith } from "./ranking";
import type { IndexableRecord } from "./types";

/** A sense record with only what a rule needs; the rest is neutral. */
function sense(id: string, senseId: string, fields: Partial<IndexableRecord> = {}): IndexableRecord {
  return {
    kind: "term",
    id,
    sense: senseId,
    context: "istio",
    title: id,
    subtitle: senseId,
    url: `/glossary/${id}/#${senseId}`,
    text: "",
    order: 0,
    aliases: [],
    cues: [],
    body: "",
    ...fields,
  };
}

function page(id: string, title: string, fields: Partial<IndexableRecord> = {}): IndexableRecord {
  return { ...sense(id, "", fields), kind: "doc", sense: null, context: null, title, subtitle: "", ...fields };
}

/** An engine over a handful of records, round-tripped through JSON as the browser gets it. */
function engine(records: IndexableRecord[], config = DEFAULT_RANKING): SearchEngine {
  return SearchEngine.fromData(JSON.parse(JSON.stringify(buildSearchIndex(records))), config);
}

const first = (e: SearchEngine, q: string) => {
  const top = e.search(q, { limit: 1 })[0];
  return top ? `${top.id}#${top.sense ?? ""}` : "";
};

describe("ranking rules, one per test", () => {
  test("an exact name outranks a sense label, whatever the words score", () => {
    // The "Fault injection" case: one entry is named so, another has a sense labelled so and repeats the words.
    const e = engine([
      sense("injection", "fault", {
        title: "Injection",
        subtitle: "Fault injection",
        aliases: ["fault injection", "injected faults"],
        cues: ["fault injection", "fault"],
        text: "Fault injection: injected faults.",
        body: "fault injection fault injection fault",
      }),
      sense("fault-injection", "istio", { title: "Fault injection", subtitle: "VirtualService fault injection" }),
    ]);
    assert.equal(first(e, "Fault injection"), "fault-injection#istio");
    assert.equal(e.search("Fault injection")[0]?.match, "exact-name");
    assert.equal(e.search("Fault injection")[1]?.match, "label");
  });

  test("a sense label leads its entry's other senses on an alias of the entry", () => {
    const e = engine([
      sense("cluster", "kubernetes", { title: "Cluster", subtitle: "Kubernetes cluster", aliases: ["envoy cluster"] }),
      sense("cluster", "envoy", {
        title: "Cluster",
        subtitle: "Envoy cluster",
        order: 1,
        aliases: ["envoy cluster"],
      }),
    ]);
    assert.equal(first(e, "Envoy cluster"), "cluster#envoy");
  });

  test("an alias outranks a body word", () => {
    const e = engine([
      sense("notes", "a", { title: "Notes", body: "the vs abbreviation appears in prose here" }),
      sense("virtual-service", "istio", { title: "VirtualService", aliases: ["VS"] }),
    ]);
    assert.equal(first(e, "VS"), "virtual-service#istio");
    assert.equal(e.search("VS")[0]?.match, "alias");
  });

  test("a CamelCase kind equals its spaced form", () => {
    const e = engine([
      sense("virtual-service", "istio", { title: "VirtualService" }),
      sense("service", "kubernetes", { title: "Service" }),
    ]);
    assert.deepEqual(
      e.search("VirtualService").map((r) => r.id),
      e.search("virtual service").map((r) => r.id),
    );
    assert.equal(first(e, "virtual service"), "virtual-service#istio");
  });

  test("the query naming a term shows its senses in the author's order", () => {
    const e = engine([
      sense("gateway", "istio", { title: "Gateway", order: 0 }),
      sense("gateway", "gateway-api", { title: "Gateway", order: 1, cues: ["gateway gateway gateway"] }),
    ]);
    assert.deepEqual(
      e.search("gateway").map((r) => r.sense),
      ["istio", "gateway-api"],
    );
  });

  test("an exact page title ranks under a glossary alias (a term is the first answer to a bare name)", () => {
    const e = engine([
      page("/latest/docs/ops/", "Retries"),
      sense("retry-policy", "istio", { title: "Retry policy", aliases: ["retries"] }),
    ]);
    assert.equal(first(e, "retries"), "retry-policy#istio");
    assert.equal(e.search("retries")[1]?.match, "exact-name");
  });

  test("a misspelt word is corrected and says so", () => {
    const e = engine([sense("headless-service", "kubernetes", { title: "Headless Service" })]);
    const [top] = e.search("headles servce ");
    assert.equal(top?.id, "headless-service");
    assert.equal(top?.match, "typo");
  });

  test("the last word being typed completes as a prefix and says so", () => {
    const e = engine([sense("destination-rule", "istio", { title: "DestinationRule" })]);
    const [top] = e.search("destinat");
    assert.equal(top?.id, "destination-rule");
    assert.equal(top?.match, "prefix");
  });

  test("a term's further senses give way below the name tiers (sense decay)", () => {
    const records = [
      sense("port", "kubernetes", { title: "Port", cues: ["targetPort mapping"] }),
      sense("port", "istio", { title: "Port", order: 1, cues: ["targetPort mapping"] }),
      sense("service", "kubernetes", { title: "Service", cues: ["targetPort mapping"] }),
    ];
    const order = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("targetport mapping")
        .map((r) => `${r.id}#${r.sense}`);
    assert.deepEqual(order(rankingWith({ senseDecay: 1 })).slice(0, 2), ["port#kubernetes", "port#istio"]);
    assert.deepEqual(order().slice(0, 2), ["port#kubernetes", "service#kubernetes"]);
  });

  test("options are passed in: a query can override them", () => {
    const e = engine([
      sense("a", "x", { title: "Alpha", cues: ["shared word"] }),
      sense("b", "y", { title: "Beta", body: "shared word" }),
    ]);
    assert.equal(first(e, "shared word"), "a#x");
    const bodyFirst = { ...DEFAULT_RANKING.fields, term: { ...DEFAULT_RANKING.fields.default, cues: 0, body: 10 } };
    assert.equal(e.search("shared word", { limit: 1, ranking: { fields: bodyFirst } })[0]?.id, "b");
  });
});
