import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildSearchIndex, SearchEngine } from "./engine";
import { buildShardedIndex, type ReadShard, ShardedSearch } from "./shards";
import { other, sense } from "./test-records";
import type { IndexableRecord } from "./types";

/** A small corpus with one of each thing a query can reach: names, words, codes, facts, uses, links, cards. */
const CORPUS: IndexableRecord[] = [
  sense("cluster", "kubernetes", {
    title: "Cluster",
    context: "kubernetes",
    subtitle: "Kubernetes cluster",
    text: "A set of nodes that run containerized workloads.",
    cues: ["kubectl config", "nodes"],
    body: "control plane nodes kubeconfig 503s",
  }),
  sense("cluster", "envoy", {
    title: "Cluster",
    context: "envoy",
    subtitle: "Envoy upstream cluster",
    text: "A group of upstream hosts Envoy balances requests across.",
    cues: ["istioctl proxy-config cluster", "outbound|9080||reviews"],
    order: 1,
    body: "upstream hosts endpoints load balancing",
  }),
  sense("virtual-service", "istio", {
    title: "VirtualService",
    aliases: ["VS", "virtual service"],
    text: "Routing rules for traffic to a host.",
    cues: ["http routes", "hosts"],
    body: "route destination subset weight retries timeout",
  }),
  sense("destination-rule", "istio", {
    title: "DestinationRule",
    aliases: ["DR"],
    text: "Policies for traffic after routing: load balancing, TLS, outlier detection.",
    body: "subsets trafficPolicy loadBalancer",
  }),
  other("error", "uf", "UF", {
    codes: ["UpstreamConnectionFailure"],
    text: "Upstream connection failure.",
    body: "503 connect refused",
    links: ["cluster"],
  }),
  other("card", "routing-kinds", "VirtualService vs DestinationRule", {
    links: ["virtual-service", "destination-rule"],
    text: "Where a request goes, and how it is sent.",
  }),
  other("list", "traffic", "Traffic management", { links: ["virtual-service"], text: "Routing reading list." }),
  other("doc", "/docs/dr/", "Destination Rule", {
    url: "https://istio.io/docs/dr/",
    links: ["destination-rule"],
    headings: [{ text: "LoadBalancerSettings", anchor: "LoadBalancerSettings" }],
    body: "simple consistent hash round robin",
    reference: [
      { name: "LEAST_REQUEST", kind: "enum", of: "LoadBalancerSettings.SimpleLB", term: "destination-rule#istio" },
      { name: "trafficPolicy", kind: "field", path: "trafficPolicy", term: "destination-rule#istio" },
    ],
  }),
  other("doc", "/docs/lb/", "Load balancing how-to", {
    url: "https://istio.io/docs/lb/",
    body: "set LEAST_REQUEST on the destination rule",
    uses: [{ name: "LEAST_REQUEST", weight: 0.8 }],
  }),
  other("doc", "/docs/retries/", "Retries and timeouts", {
    url: "https://istio.io/docs/retries/",
    links: ["virtual-service"],
    explains: ["uf"],
    body: "retry attempts perTryTimeout 503",
  }),
];

const QUERIES = [
  "cluster",
  "kubernetes cluster nodes",
  "VS",
  "virtual serv",
  "virtul service",
  "DestinationRule vs VirtualService",
  "UF",
  "503 UF upstream",
  "UpstreamConnectionFailure on the destination rule",
  "LEAST_REQUEST",
  "trafficPolicy loadBalancer",
  "destination rule trafficpolicy settings",
  "503s",
  "how do retries work",
  "nothing matches this",
  "upstreamhostsenvoy balances",
];

/** The files in memory, read as a server would serve them; `log` collects the paths read. */
function serve(files: Map<string, string>, log: string[] = []): ReadShard {
  return async (path) => {
    log.push(path);
    return files.get(path);
  };
}

const summary = (results: { id: string; sense: string | null; url: string; score: number; match: string }[]) =>
  results.map((r) => `${r.id}#${r.sense ?? ""} ${r.url} ${r.score} ${r.match}`);

describe("sharded index", () => {
  const whole = SearchEngine.fromData(JSON.parse(JSON.stringify(buildSearchIndex(CORPUS))));

  test("answers every kind of query as the whole index does", async () => {
    for (const buckets of [1, 3, undefined]) {
      const sharded = await ShardedSearch.open(serve(buildShardedIndex(CORPUS, { buckets })));
      for (const q of QUERIES) {
        const { results } = await sharded.searchWithTotal(q, { limit: 10, candidates: 100 });
        assert.deepEqual(summary(results), summary(whole.search(q, { limit: 10 })), `${q} (${buckets ?? "default"})`);
      }
    }
  });

  test("a query reads the records it needs, not all of them", async () => {
    const log: string[] = [];
    const sharded = await ShardedSearch.open(serve(buildShardedIndex(CORPUS), log));
    await sharded.searchWithTotal("VS");
    const records = log.filter((p) => p.startsWith("r/"));
    assert.ok(records.length > 0 && records.length < CORPUS.length / 2, records.join(" "));
    // The card is read with the head: every query may compare.
    assert.ok(!records.includes("r/5.json"));
  });

  test("only the best records by words become candidates, and the best of each kind", async () => {
    const log: string[] = [];
    const sharded = await ShardedSearch.open(serve(buildShardedIndex(CORPUS), log));
    const { results, total } = await sharded.searchWithTotal("destination", { candidates: 1, candidatesPerKind: 1 });
    assert.equal(results[0]?.id, whole.search("destination")[0]?.id);
    // The count is of every record the words reach, fetched or not (those a link lifts count once fetched).
    const byWords = whole.search("destination", { limit: 20 }).filter((r) => r.match === "words");
    assert.equal(total, byWords.length);
    const records = log.filter((p) => p.startsWith("r/")).sort();
    // The best term and the best docs page (one per kind); the other page holding the word only in its body is
    // not read.
    assert.deepEqual(records, ["r/3.json", "r/7.json"]);
  });

  test("the docs page explaining the best error page is read, as the whole index lifts it", async () => {
    const corpus = [
      other("error", "uf", "UF", { codes: ["UpstreamConnectionFailure"], body: "503 connect refused" }),
      other("doc", "/docs/lb/", "Load balancing", { url: "https://istio.io/docs/lb/", body: "the destination rule" }),
      other("doc", "/docs/retries/", "Retries", { url: "https://istio.io/docs/retries/", explains: ["uf"] }),
    ];
    const q = "UpstreamConnectionFailure on the destination rule";
    const sharded = await ShardedSearch.open(serve(buildShardedIndex(corpus)));
    const { results } = await sharded.searchWithTotal(q);
    const expected = SearchEngine.fromData(JSON.parse(JSON.stringify(buildSearchIndex(corpus)))).search(q);
    assert.deepEqual(summary(results), summary(expected));
    assert.equal(results[2]?.id, "/docs/retries/");
  });

  test("a word the index has reads no spelling lists but its own length's; a slip reads those around it", async () => {
    const files = buildShardedIndex(CORPUS, { buckets: 1000 });
    const keysRead = async (q: string) => {
      const log: string[] = [];
      const sharded = await ShardedSearch.open(serve(files, log));
      await sharded.searchWithTotal(q);
      return log.flatMap((p) => Object.keys(p.startsWith("b/") ? JSON.parse(files.get(p) ?? "{}") : {}));
    };
    const lists = (keys: string[]) => keys.filter((k) => k.startsWith("s:r")).sort();
    // "retries" (7 letters) is in the index: its own list is enough to know it is not a slip.
    assert.deepEqual(lists(await keysRead("retries")), ["s:r7"]);
    // "retrise" is not: the lists of 5 to 9 letters are read for the spellings it may be a slip for.
    const slip = lists(await keysRead("retrise"));
    assert.ok(slip.length > 1 && slip.every((k) => /^s:r[5-9]$/.test(k)), slip.join(" "));
  });

  test("answers the same whatever earlier queries fetched", async () => {
    const fresh = await ShardedSearch.open(serve(buildShardedIndex(CORPUS)));
    const used = await ShardedSearch.open(serve(buildShardedIndex(CORPUS)));
    for (const q of QUERIES) await used.searchWithTotal(q, { candidates: 2 });
    for (const q of QUERIES) {
      const a = await fresh.searchWithTotal(q, { candidates: 2 });
      const b = await used.searchWithTotal(q, { candidates: 2 });
      assert.deepEqual(summary(b.results), summary(a.results), q);
    }
  });

  test("a query that finds nothing gets the nearest names, as the whole index gives them", async () => {
    const sharded = await ShardedSearch.open(serve(buildShardedIndex(CORPUS)));
    for (const q of ["virtualservise", "clustr", "destinationrules"]) {
      const names = (list: { id: string; sense: string | null }[]) => list.map((r) => `${r.id}#${r.sense}`);
      const expected = names(whole.nearestNames(q));
      assert.ok(expected.length > 0, q);
      assert.deepEqual(names(await sharded.nearestNames(q)), expected, q);
    }
  });

  test("a failed read fails the query, and the next query reads again", async () => {
    const files = buildShardedIndex(CORPUS);
    let fail = true;
    const sharded = await ShardedSearch.open(async (path) => {
      if (fail && path.startsWith("r/")) throw new Error(`${path}: 503`);
      return files.get(path);
    });
    await assert.rejects(sharded.searchWithTotal("VS"), /503/);
    fail = false;
    assert.equal((await sharded.searchWithTotal("VS")).results[0]?.id, "virtual-service");
  });

  test("a head of another version is refused with what is wrong", async () => {
    const files = buildShardedIndex(CORPUS);
    files.set("head.json", JSON.stringify({ ...JSON.parse(files.get("head.json") ?? "{}"), version: 1 }));
    await assert.rejects(ShardedSearch.open(serve(files)), /head\.json: .*version 1/);
  });
});
