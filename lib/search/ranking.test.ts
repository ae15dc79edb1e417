import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildSearchIndex, SearchEngine } from "./engine";
import { DEFAULT_RANKING, rankingWith } from "./ranking";
import { other, sense } from "./test-records";
import type { IndexableRecord } from "./types";

const page = (id: string, title: string, fields: Partial<IndexableRecord> = {}) => other("doc", id, title, fields);

/** An engine over a handful of records, round-tripped through JSON as the browser gets it. */
function engine(records: IndexableRecord[], config = DEFAULT_RANKING): SearchEngine {
  return SearchEngine.fromData(JSON.parse(JSON.stringify(buildSearchIndex(records))), config);
}

/** The DestinationRule reference page, defining one fact of the kind. */
const destinationRulePage = (fact: { name: string; kind: string; path: string }) => ({
  ...page("/latest/docs/dr/", "Destination Rule"),
  reference: [{ ...fact, term: "destination-rule#istio" }],
});

const first = (e: SearchEngine, q: string) => {
  const top = e.search(q, { limit: 1 })[0];
  return top ? `${top.id}#${top.sense ?? ""}` : "";
};

describe("ranking rules, one per test", () => {
  test("two neighbouring query words side by side in a page's title lift it over a page holding them apart", () => {
    const pages = [
      page("/latest/docs/helm/", "Canary revisions: upgrade with Helm", {
        text: "Upgrade.",
        body: "a canary revision first, then the upgrade of every namespace",
      }),
      page("/latest/docs/canary/", "Canary upgrades of a control plane"),
    ];
    const query = "how to do a canary upgrade of our custom setup";
    assert.equal(first(engine(pages), query), "/latest/docs/canary/#");
    assert.equal(first(engine(pages, rankingWith({ titlePair: 1 })), query), "/latest/docs/helm/#");
  });

  test("two neighbouring query words side by side in a page's heading lift it over a heading holding them apart", () => {
    const pages = [
      page("/latest/docs/net/", "Network problems", { headings: [{ text: "gRPC service failure", anchor: "grpc" }] }),
      page("/latest/docs/routing/", "Traffic routing", {
        headings: [{ text: "Headless services and gRPC", anchor: "headless" }],
      }),
    ];
    const query = "headless service grpc connection failure";
    assert.equal(first(engine(pages), query), "/latest/docs/routing/#");
    assert.equal(first(engine(pages, rankingWith({ headingPair: 1 })), query), "/latest/docs/net/#");
  });

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

  test("an alias of the whole entry that one sense's cues write names that sense only", () => {
    const aliases = ["istio-injection", "kube-inject"];
    const e = engine([
      sense("injection", "sidecar", { title: "Injection", aliases, cues: ["istio-injection=enabled"] }),
      sense("injection", "fault", { title: "Injection", order: 1, aliases, cues: ["fault.abort"] }),
    ]);
    const named = (q: string) =>
      e
        .search(q)
        .filter((r) => r.match === "alias" || r.match === "mention")
        .map((r) => r.sense);
    assert.deepEqual(named("istio-injection"), ["sidecar"]);
    assert.deepEqual(named("why is istio-injection ignored"), ["sidecar"]);
    // No sense writes "kube-inject": it names the entry, so every sense.
    assert.deepEqual(named("kube-inject"), ["sidecar", "fault"]);
  });

  test("an alias of the whole entry that is one sense's label names that sense only", () => {
    const aliases = ["DestinationRule subset"];
    const e = engine([
      sense("subset", "istio", { title: "Subset", subtitle: "DestinationRule subset", aliases }),
      sense("subset", "general", { title: "Subset", order: 1, aliases, body: "slashes label selectors" }),
    ]);
    const named = e
      .search("DestinationRule subsets don't allow slashes in label selectors")
      .filter((r) => r.match === "mention")
      .map((r) => r.sense);
    assert.deepEqual(named, ["istio"]);
  });

  test("an alias of the whole entry whose words stand in order in one sense's label names that sense only", () => {
    const aliases = ["container registry"];
    const e = engine([
      sense("registry", "istio", { title: "Registry", subtitle: "Istio service registry", aliases }),
      sense("registry", "image", { title: "Registry", order: 1, subtitle: "Container image registry", aliases }),
    ]);
    const named = (q: string) =>
      e
        .search(q)
        .filter((r) => r.match === "mention")
        .map((r) => r.sense);
    assert.deepEqual(named("a container registry for istio images"), ["image"]);
    // The term's own name written otherwise ("rate-limit") names every sense, whatever a label holds.
    const limits = engine([
      sense("rate-limit", "global", {
        title: "Rate limit",
        subtitle: "Global rate limit service",
        aliases: ["rate-limit"],
      }),
      sense("rate-limit", "local", {
        title: "Rate limit",
        order: 1,
        subtitle: "Local token bucket",
        aliases: ["rate-limit"],
      }),
    ]);
    const limited = limits.search("a rate-limit on the ingress").filter((r) => r.match === "mention");
    assert.deepEqual(
      limited.map((r) => r.sense),
      ["global", "local"],
    );
  });

  test("an alias outranks a body word", () => {
    const e = engine([
      sense("notes", "a", { title: "Notes", body: "the vs abbreviation appears in prose here" }),
      sense("virtual-service", "istio", { title: "VirtualService", aliases: ["VS"] }),
    ]);
    assert.equal(first(e, "VS"), "virtual-service#istio");
    assert.equal(e.search("VS")[0]?.match, "alias");
    // Between two sides "vs" is a connector; as a side it is still the alias.
    assert.ok(!e.search("zipkin vs jaeger").some((r) => r.id === "virtual-service"));
    assert.equal(first(e, "difference between vs and zipkin"), "virtual-service#istio");
    assert.equal(first(e, "why does vs not apply"), "virtual-service#istio");
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

  test("a CRD's full name names its kind", () => {
    const e = engine([
      sense("policy", "istio", { title: "Policy", body: "security istio io policies" }),
      sense("authorization-policy", "istio", { title: "AuthorizationPolicy" }),
    ]);
    assert.equal(first(e, "kubectl get authorizationpolicies.security.istio.io -A"), "authorization-policy#istio");
  });

  test("a pasted access-log line answers with its flag first", () => {
    const e = engine([
      { ...sense("uf", "", { title: "UF", aliases: ["UpstreamConnectionFailure"] }), kind: "error", sense: null },
      sense("access-log", "envoy", { title: "Access log", aliases: ["Envoy access log"] }),
      sense("upstream", "envoy", { title: "Upstream", body: "upstream reset before response started" }),
    ]);
    const line =
      '[2026-01-01T00:00:00.000Z] "GET /x HTTP/1.1" 503 UF upstream_reset_before_response_started{x} - "-" 0 0 1 -';
    assert.equal(e.search(line)[0]?.id, "uf");
    assert.equal(e.search(line)[1]?.id, "access-log");
  });

  test("a message a program prints names the program, after a page about that very message", () => {
    const e = engine([
      sense("ztunnel", "istio", {
        title: "ztunnel",
        patterns: ["failed to fetch information about local workload: {0}", "connection timed out, maybe {0}"],
      }),
      sense("workload", "istio", { title: "Workload", body: "local workload information" }),
      {
        ...other("error", "hbone-timeout", "HBONE connect timed out"),
        patterns: ["connection timed out, maybe {0}"],
      },
    ]);
    const top = e.search('error="failed to fetch information about local workload: not found"')[0];
    assert.equal(top?.id, "ztunnel");
    assert.equal(top?.why, "ztunnel prints this message");
    assert.deepEqual(
      e
        .search("connection timed out, maybe a NetworkPolicy")
        .slice(0, 2)
        .map((r) => r.id),
      ["hbone-timeout", "ztunnel"],
    );
  });

  test("an identifier the query writes that a sense lists among its cues lifts that sense", () => {
    const records = [
      sense("envoy", "envoy", { title: "Envoy", body: "config proxy envoy configuration dump" }),
      sense("config-store", "istio", { title: "Config store", body: "find config envoy dump" }),
      sense("envoy-admin-interface", "envoy", { title: "Envoy admin interface", cues: ["/config_dump", "EDS"] }),
      sense("eds", "envoy", { title: "EDS", body: "eds config" }),
    ];
    const rank = (q: string, id: string, c = DEFAULT_RANKING) =>
      engine(records, c)
        .search(q)
        .findIndex((r) => r.id === id);
    const q = "how to find config in envoy config_dump";
    assert.ok(rank(q, "envoy-admin-interface") < rank(q, "envoy-admin-interface", rankingWith({ cueIdentifier: 0 })));
    // An acronym in capitals is no such evidence: many senses list EDS.
    assert.equal(rank("EDS config", "eds"), 0);
  });

  test("an HTTP status in the question lifts the error pages seen with it, and the words pick among them", () => {
    const error = (id: string, title: string, seen: string[], body: string): IndexableRecord => ({
      ...other("error", id, title, { body, keywords: seen }),
    });
    const records = [
      sense("jwt", "istio", { title: "JWT", body: "token issuer" }),
      error("rbac-access-denied", "RBAC: access denied", ["403"], "authorization policy jwt principal"),
      error("uaex", "UAEX", ["403"], "external authorizer denied"),
      error("jwks-fetch-failed", "Jwks remote fetch failed", ["401"], "jwt token issuer jwks"),
    ];
    const errors = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("JWT token always fails with 403")
        .filter((r) => r.kind === "error")
        .map((r) => r.id);
    assert.deepEqual(errors().slice(0, 2), ["rbac-access-denied", "uaex"]);
    assert.equal(errors(rankingWith({ statusLift: 0 }))[0], "jwks-fetch-failed");
  });

  test("the best page lifts the terms it links, in its order, never past itself", () => {
    const records: IndexableRecord[] = [
      sense("istiod", "istio", { title: "istiod", body: "token rejected signing token" }),
      sense("request-authentication", "istio", { title: "RequestAuthentication", body: "issuer token" }),
      sense("jwks", "istio", { title: "JWKS", body: "keys token" }),
      other("error", "jwt-verification-fails", "Jwt verification fails", {
        body: "token rejected 401 verification",
        links: ["request-authentication", "jwks"],
      }),
    ];
    const ranked = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("token rejected with 401")
        .map((r) => r.id);
    const off = ranked(rankingWith({ pageTerms: 0 }));
    assert.deepEqual(off.slice(0, 2), ["jwt-verification-fails", "istiod"]);
    // The page's first term comes right after it, its second next; the page stays first.
    assert.deepEqual(ranked(), ["jwt-verification-fails", "request-authentication", "jwks", "istiod"]);
    const lifted = engine(records).search("token rejected with 401")[1];
    assert.equal(lifted?.why, "linked from “Jwt verification fails”, the best page found");
  });

  test("a term the query spells out in words of its own is not passed by a term the best page brings", () => {
    const records: IndexableRecord[] = [
      sense("cluster", "envoy", { title: "Cluster", body: "upstream hosts" }),
      sense("native-sidecar-container", "kubernetes", {
        title: "Native sidecar container",
        aliases: ["native sidecar", "sidecars"],
        body: "restartPolicy always init container",
      }),
      sense("protocol-selection", "istio", { title: "Protocol selection", body: "port name prefix" }),
      sense("envoy-filter", "istio", { title: "EnvoyFilter", body: "patches listeners" }),
      other("error", "inbound-passthrough", "InboundPassthroughCluster", {
        codes: ["InboundPassthroughCluster"],
        body: "inbound passthrough port not declared",
        links: ["cluster#envoy"],
      }),
    ];
    const terms = (q: string) =>
      engine(records)
        .search(q)
        .filter((r) => r.kind === "term")
        .map((r) => r.id);
    // Pasted with a question in words: the words name what is asked about.
    assert.deepEqual(terms("traffic to a native sidecar container port shows InboundPassthroughCluster").slice(0, 2), [
      "native-sidecar-container",
      "cluster",
    ]);
    // Named by one word, the term is no phrase of the reader's: the page's term leads.
    assert.equal(terms("traffic to sidecars shows InboundPassthroughCluster")[0], "cluster");
    // Two spelled out: the page's term passes neither, the weaker one included.
    assert.equal(terms("native sidecar container protocol selection shows InboundPassthroughCluster")[2], "cluster");
    // Written as a kind is, inside the pasted message too: the object the message is about.
    assert.equal(terms("InboundPassthroughCluster in v1alpha3.EnvoyFilter")[0], "envoy-filter");
  });

  test("the best page lifts the sense it links, not the term's best by words", () => {
    const records: IndexableRecord[] = [
      sense("cluster", "kubernetes", { title: "Cluster", body: "nodes and upstream hosts" }),
      sense("cluster", "envoy", { title: "Cluster", order: 1, body: "hosts" }),
      other("error", "uh", "No healthy upstream", { body: "no healthy upstream hosts", links: ["cluster#envoy"] }),
    ];
    const ranked = engine(records)
      .search("no healthy upstream hosts")
      .map((r) => (r.sense ? `${r.id}#${r.sense}` : r.id));
    assert.deepEqual(ranked, ["uh", "cluster#envoy", "cluster#kubernetes"]);
  });

  test("the best page does not carry its sense over the one whose world the query's words name", () => {
    const records: IndexableRecord[] = [
      sense("gateway", "istio", { title: "Gateway", body: "hosts servers" }),
      sense("gateway", "gateway-api", { title: "Gateway", context: "gateway-api", order: 1, body: "listeners" }),
      other("error", "ist0101", "Referenced resource not found", {
        body: "referenced resource not found gateway",
        links: ["gateway#istio"],
        codes: ["IST0101"],
      }),
    ];
    const ranked = (q: string) =>
      engine(records)
        .search(q)
        .flatMap((r) => (r.sense ? [`${r.id}#${r.sense}`] : []));
    // The code names the page, which links the Istio sense; the words name the Gateway API's world.
    assert.deepEqual(ranked("IST0101 for my Gateway API Gateway"), ["gateway#gateway-api", "gateway#istio"]);
    // No world named: the page's link decides.
    assert.deepEqual(ranked("IST0101 for my Gateway"), ["gateway#istio", "gateway#gateway-api"]);
  });

  test("a pasted message leads the docs pages with the page troubleshooting the program that prints it", () => {
    const records: IndexableRecord[] = [
      sense("ztunnel", "istio", {
        title: "ztunnel",
        patterns: ["failed to fetch information about local workload: {0}"],
      }),
      page("/latest/docs/ambient/workloads/", "Local workload information", { links: ["ztunnel"] }),
      page("/latest/docs/ambient/troubleshoot-ztunnel/", "Troubleshoot ztunnel", { links: ["ztunnel"] }),
      page("/latest/docs/sidecar/troubleshoot/", "Troubleshooting sidecars", { body: "local workload" }),
    ];
    const docs = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("failed to fetch information about local workload: pod not found")
        .filter((r) => r.kind === "doc")
        .map((r) => r.id.split("/")[4]);
    assert.deepEqual(docs(), ["troubleshoot-ztunnel", "workloads", "troubleshoot"]);
    assert.equal(docs(rankingWith({ printedTroubleshooting: 0 }))[0], "workloads");
  });

  test("the error page found best brings the docs page that explains it next to the best one", () => {
    const records: IndexableRecord[] = [
      other("error", "nr", "NR", { codes: ["route_not_found"], text: "No route found." }),
      page("/latest/docs/routing/", "Request routing", { body: "route match prefix not found" }),
      page("/latest/docs/gateways/", "Gateway hosts", { body: "route host" }),
      page("/latest/docs/network-issues/", "Traffic management problems", { explains: ["nr"] }),
    ];
    const docs = (q: string, c = DEFAULT_RANKING) =>
      engine(records, c)
        .search(q)
        .filter((r) => r.kind === "doc")
        .map((r) => r.id.split("/")[3]);
    assert.deepEqual(docs("404 NR route not found"), ["routing", "network-issues", "gateways"]);
    assert.notEqual(docs("404 NR route not found", rankingWith({ explainingPage: 0 }))[1], "network-issues");
    // A docs page found best, not the error page: nothing moves.
    assert.ok(!docs("request routing match prefix").includes("network-issues"));
  });

  test("each error page a query names brings the docs page that explains it", () => {
    const records: IndexableRecord[] = [
      other("error", "nr", "NR", { codes: ["route_not_found"], text: "No route found." }),
      other("error", "nc", "NC", { codes: ["cluster_not_found"], text: "No cluster found." }),
      page("/latest/docs/routing/", "Request routing", { body: "route cluster found" }),
      page("/latest/docs/network-issues/", "Traffic management problems", { explains: ["nr"] }),
      page("/latest/docs/best-practices/", "Traffic management best practices", { explains: ["nc"] }),
    ];
    const docs = engine(records)
      .search("503 NR cluster_not_found")
      .filter((r) => r.kind === "doc")
      .map((r) => r.id.split("/")[3]);
    assert.deepEqual(docs.slice(1, 3).sort(), ["best-practices", "network-issues"]);
  });

  test("an error code's own docs page ranks no higher than its error page", () => {
    const records: IndexableRecord[] = [
      other("error", "ist0161", "IST0161", { text: "Gateway port not found on the service for the namespace." }),
      other("error", "ist0101", "IST0101", {
        codes: ["ReferencedResourceNotFound"],
        text: "Referenced resource not found when analyzing.",
      }),
      page("/latest/docs/analysis/ist0161/", "InvalidGatewayPort", {
        explains: ["ist0161"],
        body: "analyzers found issues when analyzing namespace port",
      }),
      page("/latest/docs/analysis/ist0101/", "ReferencedResourceNotFound", { explains: ["ist0101"] }),
      page("/latest/docs/istioctl-analyze/", "Diagnose your configuration with istioctl analyze", {
        body: "issues found when analyzing",
      }),
    ];
    const docs = (q: string, c = DEFAULT_RANKING) =>
      engine(records, c)
        .search(q)
        .filter((r) => r.kind === "doc")
        .map((r) => r.id.split("/")[3] ?? "");
    // The page's words match, its error page's hardly do: the page the words are about comes first.
    assert.equal(docs("Analyzers found issues when analyzing namespace")[0], "istioctl-analyze");
    assert.equal(docs("Analyzers found issues when analyzing namespace", rankingWith({ errorTwin: 0 }))[0], "analysis");
    // The code named: its own page comes with it.
    assert.equal(docs("ReferencedResourceNotFound")[0], "analysis");
  });

  test("a pasted Envoy cluster name picks the Envoy sense of cluster", () => {
    const e = engine([
      sense("cluster", "kubernetes", { title: "Cluster", context: "kubernetes", aliases: ["Envoy cluster"] }),
      sense("cluster", "envoy", { title: "Cluster", context: "envoy", order: 1, aliases: ["Envoy cluster"] }),
    ]);
    assert.equal(first(e, "outbound|9080||reviews.default.svc.cluster.local"), "cluster#envoy");
  });

  test("a context word in the query picks that context's sense", () => {
    const e = engine([
      sense("endpoint", "kubernetes", { title: "Endpoint", context: "kubernetes", cues: ["health"] }),
      sense("endpoint", "envoy", { title: "Endpoint", context: "envoy", order: 1, cues: ["health"] }),
    ]);
    assert.equal(first(e, "endpoint health"), "endpoint#kubernetes");
    assert.equal(first(e, "envoy endpoint health"), "endpoint#envoy");
  });

  test("a world word inside the name the query writes picks the sense over world words elsewhere", () => {
    const e = engine([
      sense("cluster", "istio", { title: "Cluster", aliases: ["Envoy cluster"], body: "istio mesh" }),
      sense("cluster", "envoy", { title: "Cluster", context: "envoy", order: 1, aliases: ["Envoy cluster"] }),
    ]);
    assert.equal(first(e, "Istio creates unnecessary Envoy clusters"), "cluster#envoy");
  });

  test("a query that is a record's whole name compares nothing, whatever 'or' it holds", () => {
    const message = "The connection to the server localhost:8080 was refused - did you specify the right host or port?";
    const e = engine([
      sense("host", "istio", { title: "Host" }),
      sense("port", "kubernetes", { title: "Port" }),
      other("error", "refused", message, { text: "kubectl found no kubeconfig" }),
    ]);
    assert.equal(first(e, message), "refused#");
  });

  test("a word with a digit is an identifier: never respelled into another one", () => {
    const e = engine([
      other("error", "handshake", "Handshake failure", { text: "sslv3 alert handshake failure" }),
      other("error", "ist0101", "IST0101", { text: "referenced resource not found" }),
    ]);
    const ids = (q: string) => e.search(q).map((r) => r.id);
    assert.deepEqual(ids("SSL23_GET_SERVER_HELLO"), []);
    assert.deepEqual(ids("IST0110"), []);
    // A slip in a word without digits is still forgiven.
    assert.deepEqual(ids("handshak failure"), ["handshake"]);
  });

  test("a world word written just before one name picks that name's sense, not another term's", () => {
    const e = engine([
      sense("ingress", "kubernetes", { title: "Ingress", subtitle: "Ingress resource", context: "kubernetes" }),
      sense("ingress", "istio", { title: "Ingress", subtitle: "Traffic entering the mesh", order: 1 }),
      sense("injection", "sidecar", { title: "Injection", subtitle: "Sidecar injection", aliases: ["injecting"] }),
      sense("injection", "kubernetes", {
        title: "Injection",
        subtitle: "Pod mutation by other webhooks",
        context: "kubernetes",
        order: 1,
        aliases: ["injecting"],
      }),
    ]);
    const senses = (q: string) =>
      e
        .search(q)
        .filter((r) => r.kind === "term")
        .map((r) => `${r.id}#${r.sense}`);
    const read = senses("use k8s ingress without injecting the proxy");
    assert.ok(read.indexOf("ingress#kubernetes") < read.indexOf("ingress#istio"), read.join(" "));
    assert.ok(read.indexOf("injection#sidecar") < read.indexOf("injection#kubernetes"), read.join(" "));
    // Written apart from any name, the world word still speaks for every term.
    const apart = senses("ingress without injecting the proxy on k8s");
    assert.ok(apart.indexOf("injection#kubernetes") < apart.indexOf("injection#sidecar"), apart.join(" "));
  });

  test("a pasted apiVersion or a CRD's name names its group's world", () => {
    const e = engine([
      sense("gateway", "istio", { title: "Gateway" }),
      sense("gateway", "api-gateway", { title: "Gateway", context: "networking", order: 1 }),
      sense("gateway", "gateway-api", { title: "Gateway", context: "gateway-api", order: 2 }),
    ]);
    // The group's world, not the "networking" its name holds.
    assert.equal(first(e, "apiVersion: gateway.networking.k8s.io/v1 kind: Gateway"), "gateway#gateway-api");
    assert.equal(first(e, "apiVersion: networking.istio.io/v1 kind: Gateway"), "gateway#istio");
    assert.equal(first(e, "kubectl get crd gateways.gateway.networking.k8s.io"), "gateway#gateway-api");
  });

  test("a pasted manifest's envelope keys and a domain's parts name no field and no short alias", () => {
    const e = engine([
      sense("peer-authentication", "istio", { title: "PeerAuthentication" }),
      sense("istio-operator", "istio", { title: "IstioOperator", aliases: ["IO"] }),
      {
        ...page("/latest/docs/operator/", "IstioOperator Options"),
        reference: [{ name: "apiVersion", kind: "field", of: "ObjectReference", path: "k8s.apiVersion" }],
      },
    ]);
    const results = e.search("apiVersion: security.istio.io/v1 kind: PeerAuthentication");
    assert.equal(results[0]?.id, "peer-authentication");
    assert.ok(!results.some((r) => r.why === "your query names “io”"));
    assert.ok(!results.some((r) => r.match === "reference"));
    // Written on its own, the abbreviation is the kind.
    assert.equal(e.search("upgrade the IO resource").find((r) => r.id === "istio-operator")?.match, "mention");
  });

  test("a term written by its bare name takes the sense whose cue is another term the query names", () => {
    const e = engine([
      sense("virtual-service", "istio", { title: "VirtualService" }),
      sense("host", "envoy-virtual-host", { title: "Host", text: "a virtual host with routes that match", order: 0 }),
      sense("host", "istio", { title: "Host", cues: ["VirtualService", "DestinationRule"], order: 1 }),
      sense("host", "http-header", { title: "Host", aliases: ["Host header"], order: 2 }),
    ]);
    const hosts = (q: string) =>
      e
        .search(q)
        .filter((r) => r.id === "host")
        .map((r) => r.sense);
    assert.equal(hosts("Virtual service routes do not match the host")[0], "istio");
    assert.equal(hosts("host routes do not match")[0], "envoy-virtual-host");
    // A sense's own alias has picked it already.
    assert.equal(hosts("VirtualService ignores the Host header")[0], "http-header");
  });

  test("a name is not read across a colon, comma or full stop ('istiod: remote error' is no 'istiod-remote')", () => {
    const e = engine([
      sense("istiod", "istio", { title: "istiod" }),
      sense("remote-cluster", "istio", { title: "Remote cluster", aliases: ["istiod-remote"] }),
    ]);
    const named = (q: string) =>
      e
        .search(q)
        .filter((r) => r.match === "mention")
        .map((r) => r.id);
    assert.deepEqual(named("istiod: remote error: tls: unknown certificate"), ["istiod"]);
    assert.deepEqual(named("istiod, remote hosts and more"), ["istiod"]);
    assert.deepEqual(named("install the istiod remote chart"), ["remote-cluster"]);
  });

  test("an envelope key written as a key ('kind:') weighs as little as filler", () => {
    const e = engine([
      page("/latest/docs/kind/", "kind", { body: "local clusters in docker" }),
      page("/latest/docs/scoping/", "Configuration scoping", { body: "a sidecar sees less config" }),
    ]);
    const docs = (q: string) => e.search(q).map((r) => r.id);
    assert.deepEqual(docs("kind Sidecar"), ["/latest/docs/kind/", "/latest/docs/scoping/"]);
    assert.deepEqual(docs("kind: Sidecar"), ["/latest/docs/scoping/", "/latest/docs/kind/"]);
  });

  test("in 'difference between X and Y' each side's best term leads before one side's further senses", () => {
    const e = engine([
      sense("sidecar", "proxy", { title: "Sidecar" }),
      sense("sidecar", "resource", { title: "Sidecar", order: 1 }),
      sense("sidecar", "pattern", { title: "Sidecar", order: 2 }),
      sense("ambient-mode", "istio", { title: "Ambient mode", aliases: ["ambient"] }),
    ]);
    const ids = e.search("difference between sidecar and ambient").map((r) => `${r.id}#${r.sense}`);
    assert.deepEqual(ids.slice(0, 2), ["sidecar#proxy", "ambient-mode#istio"]);
  });

  test("'X vs Y' puts the card comparing them first, then both terms", () => {
    const e = engine([
      sense("service", "kubernetes", { title: "Service" }),
      sense("virtual-service", "istio", { title: "VirtualService" }),
      { ...page("routing-kinds", "Routing kinds"), kind: "card", links: ["service", "virtual-service"] },
    ]);
    const ids = e.search("VirtualService vs Service").map((r) => r.id);
    assert.equal(ids[0], "routing-kinds");
    assert.deepEqual(ids.slice(1, 3).sort(), ["service", "virtual-service"]);
    assert.equal(e.search("difference between Service and VirtualService")[0]?.match, "comparison");
    // "or" compares without a question mark only when each side is a name and nothing more.
    assert.equal(e.search("VirtualService or Service")[0]?.id, "routing-kinds");
    assert.notEqual(e.search("restart or redeploy the Service")[0]?.match, "comparison");
    // With a question mark "or" compares, but not a thing and its negation.
    assert.equal(e.search("should I use VirtualService or Service?")[0]?.match, "comparison");
    assert.notEqual(e.search("VirtualService should or should not select a Service?")[0]?.match, "comparison");
    assert.notEqual(e.search("VirtualService or not Service?")[0]?.match, "comparison");
  });

  test("'X vs Y' finds a card whose title names each side as a column, even when it links other senses", () => {
    const e = engine([
      sense("sidecar", "proxy", { title: "Sidecar" }),
      sense("ztunnel", "istio", { title: "ztunnel" }),
      sense("gateway-api", "gateway-api", { title: "Gateway API", aliases: ["Kubernetes Gateway API"] }),
      sense("gateway", "istio", { title: "Gateway", aliases: ["Istio Gateway"] }),
      sense("service", "kubernetes", { title: "Service", aliases: ["k8s service", "istio service"] }),
      // The card's columns link `proxy` (its ztunnel sense) and the Gateway API's Gateway, not the terms asked.
      { ...page("proxies", "Sidecar proxy vs ztunnel vs waypoint"), kind: "card", links: ["sidecar", "proxy"] },
      { ...page("gateways", "Istio Gateway vs Gateway API Gateway"), kind: "card", links: ["gateway"] },
      { ...page("headless", "Headless Service vs ServiceEntry"), kind: "card", links: ["headless-service"] },
    ]);
    assert.equal(e.search("sidecar vs ztunnel")[0]?.id, "proxies");
    // The side's world ("Kubernetes") is not part of the column's name.
    assert.equal(e.search("difference between istio gateway and kubernetes gateway api")[0]?.id, "gateways");
    // Two sides that only one column names are not what that card compares.
    assert.notEqual(e.search("k8s service vs istio service")[0]?.id, "headless");
    assert.notEqual(e.search("sidecar vs gateway api")[0]?.match, "comparison");
  });

  test("a page found as itself and through a field it defines takes one place, at the field's anchor", () => {
    const e = engine([
      sense("virtual-service", "istio", { title: "VirtualService" }),
      {
        ...page("/latest/docs/vs/", "VirtualService", { url: "https://istio.io/latest/docs/vs/" }),
        reference: [
          {
            name: "hosts",
            kind: "field",
            anchor: "VirtualService-hosts",
            path: "hosts",
            term: "virtual-service#istio",
          },
        ],
      },
      page("/latest/docs/other/", "Other", { body: "virtualservice hosts" }),
    ]);
    const docs = e.search("VirtualService.spec.hosts is ignored").filter((r) => r.kind === "doc");
    assert.equal(docs.filter((r) => r.id === "/latest/docs/vs/").length, 1);
    assert.equal(docs[0]?.url, "https://istio.io/latest/docs/vs/#VirtualService-hosts");
  });

  test("a message as a tool prints it names its error page, whatever fills its varying parts", () => {
    const code = (id: string, title: string, patterns: string[]): IndexableRecord => ({
      ...page(id, title),
      kind: "error",
      codes: [],
      patterns,
    });
    const e = engine([
      sense("gateway", "istio", { title: "Gateway" }),
      code("ist0101", "IST0101", ["Referenced %s not found: %q"]),
      code("ist0001", "IST0001", ["Internal error: %v"]),
      code("ist0103", "IST0103", ["The pod %s is missing the Istio proxy. This can often be resolved by restarting."]),
    ]);
    assert.equal(first(e, "Referenced gateway not found"), "ist0101#");
    assert.equal(e.search("Referenced gateway not found")[0]?.why, "its message, as the tool prints it");
    // Cut after its first sentence, the message is still known.
    assert.equal(first(e, "The pod reviews-v1-abc is missing the Istio proxy"), "ist0103#");
    // Two words alone are prose unless written with their colon.
    assert.notEqual(e.search("internal error in my app")[0]?.id, "ist0001");
    assert.equal(first(e, "Internal error: nil pointer"), "ist0001#");
    assert.notEqual(e.search("gateway not found")[0]?.id, "ist0101");
  });

  test("a docs page about two things the query names comes before a page about one of them", () => {
    // Two pages with the same words: one is about the ingress gateway, the other about both things named.
    const records: IndexableRecord[] = [
      sense("ingress-gateway", "istio", { title: "Ingress gateway" }),
      sense("ingress", "kubernetes", { title: "Ingress" }),
      page("/latest/docs/gateways/", "Edge routing", { body: "ingress gateway", links: ["ingress-gateway"] }),
      page("/latest/docs/kubernetes-ingress/", "Edge objects", {
        body: "ingress gateway",
        links: ["ingress", "ingress-gateway"],
      }),
    ];
    const pages = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("the ingress gateway and ingress resources")
        .filter((r) => r.sense === null);
    const [a, b] = pages();
    assert.deepEqual([a?.id, b?.id], ["/latest/docs/kubernetes-ingress/", "/latest/docs/gateways/"]);
    assert.ok((a?.score ?? 0) > (b?.score ?? 0));
    const [c, d] = pages(rankingWith({ pageCovers: 0 }));
    assert.equal(c?.score, d?.score);
  });

  test("of two messages pasted, the one written first leads: a wrapped error prints the outer message first", () => {
    const records: IndexableRecord[] = [
      { ...other("error", "schema", "IST0106"), patterns: ["Schema validation error: %v"] },
      {
        ...other("error", "webhook", "Validation webhook denied"),
        patterns: ["HTTP route cannot contain both route and redirect"],
      },
    ];
    const errors = (q: string) =>
      engine(records)
        .search(q)
        .map((r) => r.id);
    assert.deepEqual(errors("Schema validation error: HTTP route cannot contain both route and redirect"), [
      "schema",
      "webhook",
    ]);
    assert.deepEqual(errors("HTTP route cannot contain both route and redirect; Schema validation error: bad"), [
      "webhook",
      "schema",
    ]);
  });

  test("a card covering two terms a question names comes before pages about one of them", () => {
    const records: IndexableRecord[] = [
      sense("ingress-gateway", "istio", { title: "Ingress gateway" }),
      sense("ingress", "kubernetes", { title: "Ingress" }),
      page("/latest/docs/ingress/", "Ingress resources", { body: "ingress resources", links: ["ingress"] }),
      { ...page("gateways", "Gateways compared"), kind: "card", links: ["ingress-gateway", "ingress"] },
    ];
    const rank = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("the ingress gateway and ingress resources")
        .filter((r) => r.sense === null)
        .map((r) => r.id);
    assert.deepEqual(rank(), ["gateways", "/latest/docs/ingress/"]);
    assert.deepEqual(rank(rankingWith({ cardRelates: 0 })), ["gateways", "/latest/docs/ingress/"]);
    assert.deepEqual(rank(rankingWith({ cardCovers: 0, cardRelates: 0 })), ["/latest/docs/ingress/", "gateways"]);
    // Two senses of one term are one term: a card comparing them covers one thing the query names.
    const senses = engine([
      ...records.slice(0, 3),
      { ...page("ingress-senses", "Ingress senses"), kind: "card", links: ["ingress", "ingress"] },
    ])
      .search("the ingress gateway and ingress resources")
      .filter((r) => r.sense === null)
      .map((r) => r.id);
    assert.deepEqual(senses, ["/latest/docs/ingress/", "ingress-senses"]);
  });

  test("a card comparing two things a question names comes right after the best of them", () => {
    const records: IndexableRecord[] = [
      sense("revision", "istio", { title: "Revision" }),
      sense("revision-tag", "istio", { title: "Revision tag" }),
      sense("namespace", "kubernetes", { title: "Namespace" }),
      { ...page("revisions-and-tags", "Revisions and tags"), kind: "card", links: ["revision", "revision-tag"] },
    ];
    const ids = (q: string, c = DEFAULT_RANKING) =>
      engine(records, c)
        .search(q)
        .map((r) => r.id);
    assert.deepEqual(ids("use revision tags in place of the revision flag").slice(0, 3), [
      "revision-tag",
      "revisions-and-tags",
      "revision",
    ]);
    assert.deepEqual(
      ids("use revision tags in place of the revision flag", rankingWith({ cardRelates: 0 })).slice(0, 2),
      ["revision-tag", "revision"],
    );
    // One of its terms named is a question about that term, not about how the two relate.
    assert.equal(ids("revision tags for a namespace")[1], "namespace");
  });

  test("a term named inside a question outranks terms its words merely touch", () => {
    const e = engine([
      sense("tls-origination", "istio", { title: "TLS origination" }),
      sense("egress", "istio", { title: "Egress", body: "tls tls origination egress" }),
    ]);
    const [top] = e.search("how to do TLS origination from a pod");
    assert.equal(top?.id, "tls-origination");
    assert.equal(top?.match, "mention");
  });

  test("stop words alone find nothing", () => {
    const e = engine([sense("the-thing", "istio", { title: "Thing", body: "the a to of" })]);
    assert.deepEqual(e.search("the"), []);
    assert.deepEqual(e.search("how to"), []);
  });

  test("question and complaint words count for little", () => {
    const e = engine([
      sense("a", "x", { title: "Alpha", body: "sidecar" }),
      sense("b", "y", { title: "Beta", body: "not working issue" }),
    ]);
    assert.equal(first(e, "sidecar not working issue"), "a#x");
  });

  test("a field written after its message, as the reference page heads it, finds its page", () => {
    const e = engine([
      {
        ...page("/latest/docs/pa/", "PeerAuthentication"),
        reference: [{ name: "mode", kind: "field", of: "PeerAuthentication.MutualTLS", path: "mtls.mode" }],
      },
      page("/latest/docs/other/", "Modes of mutual TLS", { body: "mutual tls mode" }),
    ]);
    const [top] = e.search("MutualTLS.mode is ignored");
    assert.equal(top?.id, "/latest/docs/pa/");
    assert.equal(top?.match, "reference");
  });

  test("a field's camelCase parts written as capitalised words find its page, unless they are a term's name", () => {
    const records = [
      sense("service-account", "kubernetes", { title: "Service account" }),
      page("/latest/docs/mesh/", "Mesh configuration", {
        reference: [
          { name: "extensionProviders", kind: "field", of: "MeshConfig", path: "extensionProviders" },
          { name: "serviceAccount", kind: "field", of: "MeshConfig", path: "serviceAccount" },
        ],
      }),
      page("/latest/docs/providers/", "Providers", { body: "extension providers available crd service account" }),
    ];
    const docs = (q: string) =>
      engine(records)
        .search(q)
        .filter((r) => r.kind === "doc")
        .map((r) => r.id);
    assert.equal(docs("Will Extension Providers be available as a CRD")[0], "/latest/docs/mesh/");
    // In lower case they are words of prose.
    assert.equal(docs("will extension providers be available as a crd")[0], "/latest/docs/providers/");
    // "Service Account" is the glossary's term, not MeshConfig's field.
    assert.equal(docs("Service Account available as a CRD")[0], "/latest/docs/providers/");
  });

  test("an identifier names a fact only with the fact's dots and underscores, folded or not", () => {
    const records = [
      page("/latest/docs/ef/", "Envoy filter", {
        reference: [
          { name: "HTTP_ROUTE", kind: "enum", of: "EnvoyFilter", path: "configPatches.applyTo" },
          { name: "clusterLocal", kind: "field", of: "MeshConfig", path: "serviceSettings.settings.clusterLocal" },
          { name: "idleTimeout", kind: "field", of: "DestinationRule", path: "connectionPool.tcp.idleTimeout" },
        ],
      }),
      page("/latest/docs/routes/", "Routes", { body: "httproute cluster local domain timeout idle" }),
    ];
    const top = (q: string) => {
      const [first] = engine(records)
        .search(q)
        .filter((r) => r.kind === "doc");
      return `${first?.id} ${first?.match}`;
    };
    assert.equal(top("HTTPRoute"), "/latest/docs/routes/ words", "a kind is no constant");
    assert.equal(top("cluster.local domain"), "/latest/docs/routes/ words", "a domain is no field");
    assert.equal(top("HTTP_ROUTE"), "/latest/docs/ef/ reference");
    assert.equal(top("http_route"), "/latest/docs/ef/ reference");
    assert.equal(top("clusterLocal"), "/latest/docs/ef/ reference");
    assert.equal(top("idle_timeout"), "/latest/docs/ef/ reference", "snake case is the proto's own spelling");
  });

  test("capitalised words join as a field's camelCase parts only side by side, and never into an enum value", () => {
    const records = [
      page("/latest/docs/se/", "Service entry", {
        reference: [
          { name: "MESH_EXTERNAL", kind: "enum", of: "ServiceEntry", path: "location" },
          { name: "meshNetworks", kind: "field", of: "MeshConfig", path: "meshNetworks" },
        ],
      }),
      page("/latest/docs/egress/", "Egress", { body: "external services mesh networks requests" }),
    ];
    const docs = (q: string) =>
      engine(records)
        .search(q)
        .filter((r) => r.kind === "doc")
        .map((r) => `${r.id} ${r.match}`);
    assert.equal(docs("Ambient Mesh External services requests")[0], "/latest/docs/egress/ words", "an enum value");
    assert.equal(docs("Ambient Mesh - Networks requests")[0], "/latest/docs/egress/ words", "across a dash");
    assert.equal(docs("Ambient Mesh, Networks requests")[0], "/latest/docs/egress/ words", "across a comma");
    assert.equal(docs("Ambient Mesh Networks requests")[0], "/latest/docs/se/ reference");
  });

  test("a kind and one of its fields written apart in words find the field's page, below the named terms", () => {
    const records = [
      sense("destination-rule", "istio", { title: "DestinationRule" }),
      destinationRulePage({ name: "tls", kind: "field", path: "trafficPolicy.tls" }),
      page("/latest/docs/tls/", "TLS settings", { body: "destinationrule tls settings example mutual simple" }),
      page("/latest/docs/gw/", "Gateway", {
        reference: [{ name: "tls", kind: "field", path: "servers.tls", term: "gateway#istio" }],
      }),
      sense("gateway", "istio", { title: "Gateway" }),
    ];
    const results = (q: string, c = DEFAULT_RANKING) => engine(records, c).search(q);
    const docs = (q: string, c = DEFAULT_RANKING) =>
      results(q, c)
        .filter((r) => r.kind === "doc")
        .map((r) => r.id);
    const q = "config example of destinationrule tls simple or mutual";
    assert.equal(docs(q)[0], "/latest/docs/dr/");
    assert.equal(results(q).find((r) => r.id === "/latest/docs/dr/")?.match, "reference");
    // The named kind still leads: the words may only happen to sit together.
    assert.equal(results(q)[0]?.id, "destination-rule");
    // Only the kind written before the field: the Gateway's `tls` is not named.
    assert.ok(!docs(q).includes("/latest/docs/gw/"));
    assert.equal(docs(q, rankingWith({ referenceSpaced: 0 }))[0], "/latest/docs/tls/");
    // Written as two words, the kind is found too.
    assert.equal(docs("destination rules tls")[0], "/latest/docs/dr/");
  });

  test("an exact field name answers with the page that defines it, at its anchor", () => {
    const e = engine([
      {
        ...page("/latest/docs/dr/", "Destination Rule", { url: "https://istio.io/latest/docs/dr/" }),
        reference: [
          { name: "LEAST_REQUEST", kind: "enum", anchor: "LB-Simple", path: "trafficPolicy.loadBalancer.simple" },
        ],
      },
      page("/latest/docs/other/", "Load balancing", { body: "least request" }),
    ]);
    const [top] = e.search("LEAST_REQUEST");
    assert.equal(top?.url, "https://istio.io/latest/docs/dr/#LB-Simple");
    assert.equal(top?.match, "reference");
  });

  test("beside other words a world's name is that world, not a field of the same spelling", () => {
    const e = engine([
      {
        ...page("/latest/docs/operator/", "IstioOperator Options"),
        reference: [{ name: "k8s", kind: "field", of: "ComponentSpec", path: "components.pilot.k8s" }],
      },
      page("/latest/docs/sidecars/", "Native sidecars", { body: "kubernetes native sidecar containers" }),
    ]);
    // Alone it may be the field.
    assert.equal(e.search("k8s")[0]?.match, "reference");
    // "k8s" in a sentence is Kubernetes.
    const results = e.search("k8s native sidecars");
    assert.equal(results[0]?.id, "/latest/docs/sidecars/");
    assert.ok(results.every((r) => r.match !== "reference"));
  });

  test("a variable several command pages list leads to the page of the command that defines it", () => {
    const command = (of: string, home: boolean) => ({
      ...page(`/latest/docs/${of}/`, of),
      reference: [{ name: "PILOT_FOO", kind: "env", of, ...(home ? { home } : {}) }],
    });
    const pages = (c = DEFAULT_RANKING) =>
      engine([command("install-cni", false), command("istioctl", false), command("pilot-discovery", true)], c)
        .search("PILOT_FOO")
        .map((r) => r.id);
    assert.deepEqual(pages(), ["/latest/docs/pilot-discovery/", "/latest/docs/install-cni/", "/latest/docs/istioctl/"]);
    // Without the rule the pages keep the index's order.
    assert.equal(pages(rankingWith({ referenceAway: 1 }))[0], "/latest/docs/install-cni/");
  });

  test("an exact field name brings the glossary sense of the nearest block that holds it and speaks of the kind", () => {
    const records = [
      sense("destination-rule", "istio", { title: "DestinationRule" }),
      sense("connection-pool", "istio", { title: "Connection pool", subtitle: "DestinationRule connectionPool" }),
      // A block name the glossary has, but not as part of a DestinationRule: it is passed over.
      sense("tcp", "networking", { title: "TCP" }),
      destinationRulePage({
        name: "maxConnectionDuration",
        kind: "field",
        path: "trafficPolicy.connectionPool.tcp.maxConnectionDuration",
      }),
    ];
    const ids = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("maxConnectionDuration", { limit: 3 })
        .map((r) => r.id);
    assert.deepEqual(ids(), ["/latest/docs/dr/", "destination-rule", "connection-pool"]);
    const pool = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("maxConnectionDuration")
        .find((r) => r.id === "connection-pool")?.match;
    assert.equal(pool(), "linked");
    assert.notEqual(pool(rankingWith({ referenceParent: 0 })), "linked");
  });

  test("an exact field name brings the glossary sense of the kind that holds it, right after the page", () => {
    const records = [
      sense("destination-rule", "istio", { title: "DestinationRule" }),
      sense("load-balancer", "istio", { title: "Load balancer", body: "least request" }),
      destinationRulePage({ name: "LEAST_REQUEST", kind: "enum", path: "trafficPolicy.loadBalancer.simple" }),
    ];
    const ids = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("LEAST_REQUEST", { limit: 2 })
        .map((r) => `${r.kind}:${r.id}`);
    assert.deepEqual(ids(), ["doc:/latest/docs/dr/", "term:destination-rule"]);
    assert.equal(engine(records).search("LEAST_REQUEST")[1]?.why, "the kind that holds enum value “LEAST_REQUEST”");
    assert.notDeepEqual(ids(rankingWith({ referenceKind: 0 })), ids());
  });

  test("a flag many commands take names its page only alone or beside one of those commands", () => {
    const commands = [
      "istioctl analyze",
      "istioctl install",
      "istioctl tag set",
      "istioctl uninstall",
      "istioctl upgrade",
    ];
    const records = [
      sense("revision-tag", "istio", {
        title: "Revision tag",
        aliases: ["revision tags"],
        text: "A revision tag works in place of a revision.",
      }),
      {
        ...page("/latest/docs/istioctl/", "istioctl"),
        reference: commands.map((of) => ({ name: "--revision", kind: "flag", of, anchor: of.replace(/ /g, "-") })),
      },
    ];
    const top = (q: string, c = DEFAULT_RANKING) => engine(records, c).search(q, { limit: 1 })[0]?.url;
    // In a longer question naming none of its commands, the flag is one docs match among the others.
    assert.equal(top("make revision tags work in place of --revision"), "/glossary/revision-tag/#istio");
    assert.equal(
      top("make revision tags work in place of --revision", rankingWith({ sharedFlag: 0 })),
      "//latest/docs/istioctl//#istioctl-analyze",
    );
    // Alone, or beside a command that takes it (as a whole word of it), it still names the page, at that command.
    assert.equal(top("--revision"), "//latest/docs/istioctl//#istioctl-analyze");
    assert.equal(top("istioctl upgrade fails with --revision"), "//latest/docs/istioctl//#istioctl-upgrade");
    // The result says the flag is one of many commands', and whose it is shown at.
    assert.equal(
      engine(records).search("istioctl upgrade fails with --revision", { limit: 1 })[0]?.why,
      "a flag 5 commands on this page take; here, istioctl upgrade's",
    );
  });

  test("a word written after a name picks a fact's parent only as a whole word of it, not a piece", () => {
    const records = [
      sense("revision-tag", "istio", { title: "Revision tag", aliases: ["revision tags"] }),
      {
        ...page("/latest/docs/istioctl/", "istioctl"),
        reference: ["istioctl analyze", "istioctl x workload-entry configure"].map((of) => ({
          name: "--revision",
          kind: "flag",
          of,
          anchor: of.replace(/ /g, "-"),
        })),
      },
    ];
    // "work" after "revision tags" is no part of `workload-entry`: neither command is named, the first one stands.
    assert.equal(
      engine(records).search("revision tags work with --revision", { limit: 1 })[0]?.url,
      "//latest/docs/istioctl//#istioctl-analyze",
    );
  });

  test("a plain word is a fact's name only as the whole query, however the words beside it are written", () => {
    const e = engine([
      sense("gateway", "istio", { title: "Gateway" }),
      sense("tls", "networking", { title: "TLS" }),
      {
        ...page("/latest/docs/envoy-filter/", "Envoy Filter"),
        reference: [{ name: "GATEWAY", kind: "enum", path: "configPatches.match.context", term: "envoy-filter#istio" }],
      },
    ]);
    const reference = (q: string) => e.search(q).some((r) => r.match === "reference");
    assert.ok(reference("gateway"));
    // "TLS" is a word the index knows: the query is two words, as "tls gateway" is.
    assert.ok(!reference("tls gateway"));
    assert.ok(!reference("TLS gateway"));
  });

  test("an environment variable brings the program that reads it, and says so", () => {
    const e = engine([
      sense("istiod", "istio", { title: "istiod" }),
      {
        ...page("/latest/docs/discovery/", "pilot-discovery"),
        reference: [{ name: "PILOT_DEBOUNCE_AFTER", kind: "env", term: "istiod#istio" }],
      },
    ]);
    const [first, second] = e.search("PILOT_DEBOUNCE_AFTER", { limit: 2 });
    assert.equal(first?.id, "/latest/docs/discovery/");
    assert.equal(second?.id, "istiod");
    assert.equal(second?.why, "the program that reads environment variable “PILOT_DEBOUNCE_AFTER”");
  });

  test("a field whose name is a glossary term brings the sense that speaks of the field's kind", () => {
    const records = [
      sense("destination-rule", "istio", { title: "DestinationRule" }),
      sense("subset", "istio", { title: "Subset", subtitle: "DestinationRule subset" }),
      sense("subset", "kubernetes", { title: "Subset", subtitle: "Endpoints subsets field", order: 1 }),
      {
        ...page("/latest/docs/dr/", "Destination Rule"),
        reference: [{ name: "subsets", kind: "field", path: "subsets", term: "destination-rule#istio" }],
      },
    ];
    const subset = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("DestinationRule.spec.subsets has no effect")
        .find((r) => r.id === "subset");
    // The kind leads, as the query names it; the sense follows in a name tier, saying why.
    assert.equal(subset()?.sense, "istio");
    assert.equal(subset()?.why, "what “subsets” means in DestinationRule");
    assert.ok((subset()?.score ?? 0) > 400);
    assert.ok((subset(rankingWith({ referenceField: 0 }))?.score ?? 0) < 100);
  });

  test("pages that write a name the query gives exactly come up after the page that defines it", () => {
    const records = [
      {
        ...page("/latest/docs/mesh/", "Global Mesh Options"),
        reference: [{ name: "numTrustedProxies", kind: "field", path: "gatewayTopology.numTrustedProxies" }],
      },
      page("/latest/docs/proxies/", "Trusted proxies", { body: "proxies" }),
      { ...page("/latest/docs/topology/", "Gateway topology"), uses: [{ name: "numTrustedProxies", weight: 0.8 }] },
      { ...page("/latest/docs/other/", "Other"), uses: [{ name: "somethingElse", weight: 1 }] },
    ];
    const docs = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("numTrustedProxies not working")
        .map((r) => r.id);
    assert.deepEqual(docs().slice(0, 2), ["/latest/docs/mesh/", "/latest/docs/topology/"]);
    assert.equal(engine(records).search("numTrustedProxies")[1]?.why, "uses “numTrustedProxies”");
    assert.ok(!docs(rankingWith({ referenceUse: 0 })).includes("/latest/docs/topology/"));
    assert.ok(!docs().includes("/latest/docs/other/"));
  });

  test("a name given with a value is a setting: the page that writes it comes before the page defining it", () => {
    const records = [
      {
        ...page("/latest/docs/agent/", "pilot-agent"),
        reference: [{ name: "ISTIO_META_DNS_CAPTURE", kind: "env", of: "pilot-agent" }],
      },
      {
        ...page("/latest/docs/dns-proxy/", "Proxying name lookups"),
        uses: [{ name: "ISTIO_META_DNS_CAPTURE", weight: 0.05 }],
      },
      page("/latest/docs/headless/", "Headless services for StatefulSets"),
    ];
    const docs = (q: string, c = DEFAULT_RANKING) =>
      engine(records, c)
        .search(q)
        .map((r) => r.id.split("/")[3])
        .slice(0, 2);
    assert.deepEqual(docs("ISTIO_META_DNS_CAPTURE=true"), ["dns-proxy", "agent"]);
    assert.deepEqual(docs("set ISTIO_META_DNS_CAPTURE: 'true' on the pod"), ["dns-proxy", "agent"]);
    assert.deepEqual(docs("ISTIO_META_DNS_CAPTURE=true", rankingWith({ referenceAssigned: 0 })), [
      "agent",
      "dns-proxy",
    ]);
    // The name alone, or followed by prose, is a question about the name: its definition first.
    assert.deepEqual(docs("ISTIO_META_DNS_CAPTURE"), ["agent", "dns-proxy"]);
    assert.deepEqual(docs("ISTIO_META_DNS_CAPTURE: what does it do"), ["agent", "dns-proxy"]);
    // The other words point at a page that does not write it: no evidence the setting comes from a how-to.
    assert.deepEqual(docs("ISTIO_META_DNS_CAPTURE=true headless services for StatefulSets"), ["agent", "headless"]);
  });

  test("an annotation is found by its last part when that part reads as an identifier", () => {
    const e = engine([
      {
        ...page("/latest/docs/annotations/", "Resource Annotations"),
        reference: [
          { name: "traffic.sidecar.istio.io/excludeInboundPorts", kind: "annotation", anchor: "Exclude" },
          { name: "sidecar.istio.io/inject", kind: "annotation", anchor: "Inject" },
        ],
      },
    ]);
    assert.equal(e.search("the excludeInboundPorts annotation is ignored")[0]?.reference?.anchor, "Exclude");
    // A plain word names nothing inside a question.
    assert.equal(e.search("why does inject fail").length, 0);
    // A whole name beats a last part that folds the same: LOG_LEVEL is the variable, not sidecar.istio.io/logLevel.
    const both = engine([
      {
        ...page("/latest/docs/annotations/", "Resource Annotations"),
        reference: [{ name: "sidecar.istio.io/logLevel", kind: "annotation", anchor: "Log" }],
      },
      { ...page("/latest/docs/agent/", "pilot-agent"), reference: [{ name: "LOG_LEVEL", kind: "env", anchor: "log" }] },
    ]);
    assert.equal(both.search("LOG_LEVEL")[0]?.id, "/latest/docs/agent/");
    assert.equal(both.search("logLevel annotation")[1]?.id, "/latest/docs/annotations/");
  });

  test("a word in capitals names a value written so, never a lower-case field", () => {
    const e = engine([
      {
        ...page("/latest/docs/dr/", "Destination Rule"),
        reference: [
          { name: "tls", kind: "field", path: "trafficPolicy.tls" },
          { name: "SIMPLE", kind: "enum", path: "trafficPolicy.tls.mode" },
        ],
      },
    ]);
    assert.equal(e.search("TLS handshake fails with SIMPLE").find((r) => r.match === "reference")?.title, "SIMPLE");
    assert.ok(!e.search("TLS handshake fails").some((r) => r.match === "reference"));
    assert.equal(e.search("tls")[0]?.title, "tls");
  });

  test("a field named beside its kind comes before the same-named field of another kind", () => {
    const e = engine([
      sense("telemetry", "istio", { title: "Telemetry" }),
      sense("mesh-config", "istio", { title: "MeshConfig" }),
      {
        ...page("/latest/docs/mesh/", "Mesh configuration"),
        reference: [{ name: "accessLogging", kind: "field", path: "accessLogging", term: "mesh-config#istio" }],
      },
      {
        ...page("/latest/docs/telemetry/", "Telemetry"),
        reference: [{ name: "accessLogging", kind: "field", path: "accessLogging", term: "telemetry#istio" }],
      },
    ]);
    const pages = (q: string) => e.search(q).flatMap((r) => (r.match === "reference" ? [r.id] : []));
    assert.deepEqual(pages("Telemetry accessLogging"), ["/latest/docs/telemetry/", "/latest/docs/mesh/"]);
    assert.deepEqual(pages("MeshConfig accessLogging"), ["/latest/docs/mesh/", "/latest/docs/telemetry/"]);
  });

  test("a kind the query names anywhere in it picks which kind's same-named field it means", () => {
    const kinds = ["DestinationRule", "EnvoyFilter", "ServiceEntry", "Sidecar"];
    const e = engine([
      ...kinds.map((k) => sense(k.toLowerCase(), "istio", { title: k })),
      ...kinds.map((k) => ({
        ...page(`/latest/docs/${k.toLowerCase()}/`, `${k} reference`),
        reference: [
          { name: "workloadSelector", kind: "field", path: "workloadSelector", term: `${k.toLowerCase()}#istio` },
        ],
      })),
    ]);
    const first = (q: string) => e.search(q).find((r) => r.match === "reference")?.id;
    assert.equal(first("does workloadSelector for Sidecar only work with app labels"), "/latest/docs/sidecar/");
    assert.equal(first("workloadSelector ignored in my ServiceEntry"), "/latest/docs/serviceentry/");
    // Named nowhere, the fields keep their index order.
    assert.equal(first("workloadSelector only works with app labels"), "/latest/docs/destinationrule/");
  });

  test("the noun of a kind of fact picks the fact of that kind among same-named ones", () => {
    const e = engine([
      {
        ...page("/latest/docs/annotations/", "Annotations"),
        reference: [{ name: "istio.io/rev", kind: "annotation" }],
      },
      { ...page("/latest/docs/labels/", "Labels"), reference: [{ name: "istio.io/rev", kind: "label" }] },
    ]);
    const first = (q: string) => e.search(q).find((r) => r.match === "reference")?.id;
    assert.equal(first("canary pod will not have label `istio.io/rev=canary`"), "/latest/docs/labels/");
    assert.equal(first("which labels does istio.io/rev accept"), "/latest/docs/labels/");
    assert.equal(first("istio.io/rev annotation on a pod"), "/latest/docs/annotations/");
    assert.equal(first("istio.io/rev is ignored"), "/latest/docs/annotations/");
  });

  test("a word written as a YAML key's value names no field", () => {
    const e = engine([
      {
        ...page("/latest/docs/operator/", "IstioOperator"),
        reference: [{ name: "externalName", kind: "field", path: "components.externalName" }],
      },
    ]);
    assert.ok(!e.search("kind: Service type: ExternalName").some((r) => r.match === "reference"));
    assert.equal(e.search("externalName").find((r) => r.match === "reference")?.title, "externalName");
  });

  test("a short enum value is named only in capitals: lower-case 'v2' is a version, not the value", () => {
    const e = engine([
      {
        ...page("/latest/docs/dr/", "Destination Rule"),
        reference: [{ name: "V2", kind: "enum", path: "trafficPolicy.proxyProtocol.version" }],
      },
    ]);
    assert.ok(!e.search("mirror traffic to v2").some((r) => r.match === "reference"));
    assert.equal(e.search("proxy protocol V2").find((r) => r.match === "reference")?.title, "V2");
  });

  test("Kind.spec.path names the field in that kind; numbers and known acronyms in the question do not dilute it", () => {
    const records = [
      sense("virtual-service", "istio", { title: "VirtualService" }),
      sense("sidecar", "resource", { title: "Sidecar" }),
      sense("grpc", "general", { title: "gRPC" }),
      {
        ...page("/latest/docs/vs/", "Virtual Service"),
        reference: [{ name: "hosts", kind: "field", path: "hosts", term: "virtual-service#istio" }],
      },
      {
        ...page("/latest/docs/sidecar/", "Sidecar"),
        reference: [
          { name: "hosts", kind: "field", path: "hosts", term: "sidecar#resource" },
          { name: "grpc", kind: "field", path: "grpc", term: "sidecar#resource" },
        ],
      },
    ];
    const facts = (q: string) =>
      engine(records)
        .search(q)
        .filter((r) => r.match === "reference")
        .map((r) => [r.id, r.score]);
    // Its page is named too (the query names VirtualService), so the one result has the page's score.
    assert.deepEqual(facts("404 with VirtualService.spec.hosts set to an FQDN"), [["/latest/docs/vs/", 1000]]);
    // Typed in lower case, the kind is still the glossary's name for it.
    assert.deepEqual(facts("404 with virtualservice.spec.hosts set to an fqdn"), [["/latest/docs/vs/", 1000]]);
    // gRPC is a word of the index, so it names no field inside a question; alone it does.
    assert.deepEqual(facts("gRPC load balancing"), []);
    assert.deepEqual(facts("grpc"), [["/latest/docs/sidecar/", 495]]);
  });

  test("istioctl's short subcommands name the commands written in full ('istioctl pc cluster')", () => {
    const records = [
      {
        ...page("/latest/docs/istioctl/", "istioctl"),
        reference: [
          { name: "istioctl proxy-config cluster", kind: "command", anchor: "istioctl-proxy-config-cluster" },
          { name: "istioctl experimental describe pod", kind: "command", anchor: "istioctl-experimental-describe-pod" },
        ],
      },
    ];
    const fact = (q: string) =>
      engine(records)
        .search(q)
        .find((r) => r.match === "reference")
        ?.url.split("#")[1];
    assert.equal(fact("istioctl pc cluster"), "istioctl-proxy-config-cluster");
    assert.equal(fact("istioctl x describe pod"), "istioctl-experimental-describe-pod");
  });

  test("a term named by an identifier inside a question leads the fields of that name", () => {
    const records = [
      sense("export-to", "istio", { title: "exportTo", aliases: ["export to"] }),
      sense("destination-rule", "istio", { title: "DestinationRule" }),
      {
        ...page("/latest/docs/dr/", "Destination Rule"),
        reference: [{ name: "exportTo", kind: "field", path: "exportTo", term: "destination-rule#istio" }],
      },
    ];
    const ids = engine(records)
      .search("exportTo behaves oddly", { limit: 3 })
      .map((r) => `${r.kind}:${r.id}`);
    assert.deepEqual(ids, ["term:export-to", "doc:/latest/docs/dr/", "term:destination-rule"]);
  });

  test("a sense's cue phrase written whole ('private registry') picks it among the senses its term's name finds", () => {
    const e = engine([
      sense("registry", "istio", { title: "Registry", subtitle: "Service registry", body: "istio configure services" }),
      sense("registry", "image", {
        title: "Registry",
        subtitle: "Image registry",
        order: 1,
        cues: ["private registry"],
      }),
      sense("cluster", "envoy", { title: "Cluster", cues: ["envoy cluster"] }),
      sense("cluster", "kubernetes", { title: "Cluster", order: 1, cues: ["kubernetes cluster"] }),
    ]);
    assert.equal(first(e, "configure istio for a private registry"), "registry#image");
    assert.equal(first(e, "configure istio for a registry"), "registry#istio");
    // Named by one side of a comparison, the term's other senses are no exact names then either.
    const matches = e
      .search("difference between a cluster and a private registry")
      .filter((r) => r.id === "registry")
      .map((r) => `${r.sense}:${r.match}`);
    assert.deepEqual(matches.slice(0, 1), ["image:exact-name"]);
    assert.ok(!matches.includes("istio:exact-name"));
    // The sense so named leads its term's others, however many of the question's words they hold.
    // (A mention's own bonus set low, so that the sibling's words would win without the rule.)
    const limits = engine(
      [
        sense("rate-limit", "global", {
          title: "Rate limit",
          aliases: ["local rate limit"],
          cues: ["istio route", "not working"],
          text: "Istio route limit not working rate",
        }),
        sense("rate-limit", "local", {
          title: "Rate limit",
          order: 1,
          aliases: ["local rate limit"],
          cues: ["local rate limit"],
        }),
      ],
      rankingWith({ mentionedName: 1 }),
    );
    assert.equal(first(limits, "Istio local rate limit not working by route"), "rate-limit#local");
    // Each side's cue: neither sense is picked over the other by this rule.
    const senses = e
      .search("envoy cluster vs kubernetes cluster")
      .filter((r) => r.id === "cluster")
      .map((r) => r.sense);
    assert.deepEqual(senses.slice(0, 2).sort(), ["envoy", "kubernetes"]);
  });

  test("a name written with one word inserted ('Istio standard service metrics') is named; filler between is not", () => {
    const e = engine([
      sense("standard-metrics", "istio", { title: "Istio standard metrics", subtitle: "Built-in metrics" }),
      sense("gateway-api", "gateway-api", { title: "Gateway API" }),
      sense("gateway", "istio", { title: "Gateway", subtitle: "Istio Gateway", body: "api routes" }),
    ]);
    const hit = e.search("istio standard service metrics missing").find((r) => r.id === "standard-metrics");
    assert.equal(hit?.why, "your query names “standard metrics”");
    assert.ok(!e.search("gateway and api").some((r) => r.id === "gateway-api" && r.why));
  });

  test("a one-word cue written with punctuation ('- mesh', a YAML list item) is no phrase: the word alone picks no sense", () => {
    const e = engine([
      sense("mesh", "istio", { title: "Mesh", subtitle: "An Istio mesh" }),
      sense("mesh", "reserved-gateway", {
        title: "Mesh",
        subtitle: "The reserved gateway name",
        order: 1,
        cues: ["- mesh"],
      }),
    ]);
    assert.equal(first(e, "pods in our mesh"), "mesh#istio");
  });

  test("a label key written as a setting (key=value) names its term as an identifier does", () => {
    const e = engine([
      sense("namespace", "kubernetes", { title: "Namespace" }),
      sense("label", "kubernetes", { title: "Label" }),
      sense("injection", "sidecar", { title: "Sidecar injection", aliases: ["istio-injection"], order: 2 }),
    ]);
    assert.equal(first(e, "kubectl label namespace default istio-injection=enabled"), "injection#sidecar");
    // Where a sense's cues write the whole setting, its key names no term as an identifier.
    const tags = engine([
      sense("revision", "istio", { title: "Revision", aliases: ["istio.io/rev"] }),
      sense("revision-tag", "istio", { title: "Revision tag", cues: ["istio.io/rev=prod-stable"] }),
    ]);
    const revision = (q: string) => tags.search(q).find((r) => r.id === "revision")?.score ?? 0;
    assert.ok(revision("istio.io/rev=1-24-0") >= DEFAULT_RANKING.identifierName);
    assert.ok(revision("istio.io/rev=prod-stable") < DEFAULT_RANKING.identifierName);
  });

  test("a page linked to one sense of a term is lifted by that sense's match, not the term's best", () => {
    const e = engine([
      sense("context", "trace-context", { title: "Context", aliases: ["trace context"] }),
      sense("context", "security-context", { title: "Context", aliases: ["security context"], order: 1 }),
      other("error", "capabilities-refused", "Capabilities refused", { links: ["context#security-context"] }),
      other("error", "spans-unlinked", "Spans not joined", { links: ["context#trace-context"] }),
      other("error", "context-anything", "Anything", { links: ["context"] }),
    ]);
    const score = (q: string, id: string) => e.search(q).find((r) => r.id === id)?.score ?? 0;
    // "trace context" names one sense and touches the other by a word: the page about the other gains less.
    assert.ok(score("trace context", "capabilities-refused") < score("trace context", "spans-unlinked"));
    assert.ok(score("security context", "spans-unlinked") < score("security context", "capabilities-refused"));
    // A link to the term as a whole takes the best of its senses.
    assert.equal(score("trace context", "context-anything"), score("trace context", "spans-unlinked"));
    // The term named as a whole names each sense: every page about it is lifted alike.
    assert.equal(score("context", "capabilities-refused"), score("context", "spans-unlinked"));
  });

  test("pages about a term the query names are lifted, never above the term", () => {
    const records = [
      sense("sidecar", "istio", { title: "Sidecar" }),
      page("/latest/docs/a/", "Injection", { body: "sidecar sidecar sidecar" }),
      page("/latest/docs/b/", "Proxies", { body: "sidecar", links: ["sidecar"] }),
    ];
    const docs = (c = DEFAULT_RANKING) =>
      engine(records, c)
        .search("sidecar")
        .filter((r) => r.kind === "doc")
        .map((r) => r.id);
    assert.deepEqual(docs(rankingWith({ linkLift: 0 })), ["/latest/docs/a/", "/latest/docs/b/"]);
    assert.deepEqual(docs(), ["/latest/docs/b/", "/latest/docs/a/"]);
    assert.equal(engine(records).search("sidecar")[0]?.id, "sidecar");
  });

  test("a code written as printed names its page, inside any words; short codes only alone or as flags", () => {
    const code = (id: string, title: string, codes: string[]): IndexableRecord => ({
      ...page(id, title),
      kind: "error",
      codes,
    });
    const e = engine([
      sense("fault-injection", "istio", { title: "Fault injection" }),
      sense("destination-rule", "istio", { title: "DestinationRule", aliases: ["DR"] }),
      code("fi", "FI", ["FaultInjected"]),
      code("dr", "DR", ["DownstreamRemoteReset"]),
      code("uf", "UF", []),
      code("urx", "URX", []),
      code("nhu", "no healthy upstream", []),
    ]);
    // Spelled letter for letter, the code beats a name matched only after folding ("fault injected").
    assert.equal(first(e, "FaultInjected"), "fi#");
    assert.equal(first(e, "fault injection"), "fault-injection#istio");
    // A message inside a longer question; a spelling a term has too stays the term's.
    assert.equal(first(e, "why do I get no healthy upstream after deploying"), "nhu#");
    assert.equal(first(e, "DR"), "destination-rule#istio");
    // Flags as a list or after a status are codes; the same letters in prose are not.
    assert.deepEqual(
      e
        .search("503 UF,URX", { limit: 2 })
        .map((r) => r.id)
        .sort(),
      ["uf", "urx"],
    );
    assert.notEqual(e.search("uf we were so close")[0]?.match, "exact-name");
    // Typed in lower case right after a status, they are still the flags; beside the word "flags", prose.
    assert.equal(first(e, "503 uf"), "uf#");
    assert.equal(e.search("503 uf").find((r) => r.id === "uf")?.match, "exact-name");
    assert.notEqual(e.search("feature flags dr rollout").find((r) => r.id === "dr")?.match, "exact-name");
  });

  test("kubectl's 'Error from server (Reason)' names the API server's reason, not a code of that name", () => {
    const e = engine([
      { ...page("ist0001", "IST0001"), kind: "error", codes: ["InternalError"] },
      page("/latest/docs/ops/common-problems/validation/", "Configuration Validation Problems", {
        keywords: ["webhook"],
      }),
    ]);
    const pasted = 'Error from server (InternalError): failed calling webhook "validation.istio.io"';
    assert.notEqual(e.search(pasted).find((r) => r.id === "ist0001")?.match, "exact-name");
    assert.equal(first(e, pasted), "/latest/docs/ops/common-problems/validation/#");
    // Printed by the analyzer, the same name is its code.
    assert.equal(e.search("Error [InternalError] in the toolchain")[0]?.match, "exact-name");
  });
  test("an identifier of three camelCase parts typed in lower case still names its reference fact", () => {
    const e = engine([
      destinationRulePage({ name: "consecutiveGatewayErrors", kind: "field", path: "trafficPolicy.outlierDetection" }),
      destinationRulePage({ name: "loadBalancer", kind: "field", path: "trafficPolicy.loadBalancer" }),
      page("/latest/docs/other/", "Outlier notes", { body: "consecutivegatewayerrors loadbalancer gateway errors" }),
    ]);
    const top = (q: string) => e.search(q, { limit: 1 })[0]?.match;
    assert.equal(top("consecutivegatewayerrors is ignored"), "reference");
    // Two parts ("loadbalancer") may be a word as people write it: beside other words, no field is summoned.
    assert.notEqual(top("loadbalancer is ignored"), "reference");
  });
  test("a long lower-case word the index lacks is read as the fewest known words run together", () => {
    const e = engine([
      page("/latest/docs/rewrite/", "HTTP path modifier", { text: "Rewrites the path prefix." }),
      page("/latest/docs/headers/", "Header modifier", { text: "Sets request headers." }),
      page("/latest/docs/other/", "Traffic", { text: "Routing." }),
    ]);
    const ids = (q: string) => e.search(q).map((r) => r.id);
    assert.deepEqual(ids("httppathmodifier"), ["/latest/docs/rewrite/", "/latest/docs/headers/"]);
    // A word the index knows, or one no known words make up, stays as it is.
    assert.deepEqual(ids("routingtrafficx"), []);
  });
  test("a pasted istio.io docs address names its page, from any release's copy", () => {
    const e = engine([
      page("/latest/docs/tasks/security/authorization/authz-http/", "HTTP Traffic", {
        text: "Authorization for HTTP.",
      }),
      page("/latest/docs/tasks/security/", "Security", { text: "Security tasks: authorization, authentication." }),
    ]);
    const top = e.search("https://istio.io/v1.24/docs/tasks/security/authorization/authz-http/#before-you-begin")[0];
    assert.equal(top?.id, "/latest/docs/tasks/security/authorization/authz-http/");
    assert.equal(top?.why, "the page at the address you pasted");
  });
  test("a word nearly every record holds finds a record only beside another word of the query", () => {
    const e = engine(
      [
        page("/latest/docs/a/", "Install Istio", { text: "Istio setup." }),
        page("/latest/docs/b/", "Istio upgrades", { text: "Istio canary upgrades." }),
        page("/latest/docs/c/", "Istio sidecar", { text: "Istio sidecar proxy." }),
        sense("istiod", "daemon", { title: "istiod", subtitle: "Control plane daemon", text: "Istio control plane." }),
      ],
      rankingWith({ commonWords: { share: 0.5, minRecords: 0 } }),
    );
    const ids = (q: string) => e.search(q).map((r) => r.id);
    assert.deepEqual(ids("istio sidecar"), ["/latest/docs/c/"]);
    // Alone, or beside words no record holds, it still finds every record; a record the query names stays.
    assert.equal(ids("istio").length, 4);
    assert.equal(ids("istio frobnicate").length, 4);
    assert.deepEqual(ids("istiod sidecar"), ["istiod", "/latest/docs/c/"]);
  });
  test("a term mentioned by its name alone keeps its senses in the author's order", () => {
    const e = engine([
      sense("retries", "istio", {
        title: "Retries",
        subtitle: "Istio route retry policy setting",
        text: "How often a sidecar tries a failed call again, set per route in a VirtualService with an attempt count.",
      }),
      sense("retries", "envoy", {
        title: "Retries",
        subtitle: "Envoy retries",
        context: "envoy",
        order: 1,
        text: "Retries.",
        aliases: ["retries"],
        body: "retries per try timeout",
      }),
      page("/latest/docs/other/", "Traffic", { text: "Routing." }),
    ]);
    const senses = (q: string) =>
      e
        .search(q)
        .filter((r) => r.id === "retries")
        .map((r) => r.sense);
    // The Envoy sense's short text is all "retries": no reason to put it first.
    assert.deepEqual(senses("retries are not working"), ["istio", "envoy"]);
    // A word only one sense holds is evidence, and decides.
    assert.deepEqual(senses("retries per try timeout not working"), ["envoy", "istio"]);
  });
  test("a term named alone shows its Istio sense before its senses in a topic, whatever the author's order", () => {
    const records = [
      sense("tls-origination", "networking", {
        title: "TLS origination",
        subtitle: "TLS origination in general",
        context: "networking",
        text: "A proxy opens TLS to the upstream for a client that sent plain text.",
      }),
      sense("tls-origination", "istio", {
        title: "TLS origination",
        subtitle: "Egress TLS origination in Istio",
        order: 1,
        text: "A sidecar or egress gateway opens TLS for a plain-text call, set by a DestinationRule.",
      }),
      page("/latest/docs/other/", "Traffic", { text: "Routing." }),
    ];
    const senses = (q: string, config = DEFAULT_RANKING) =>
      engine(records, config)
        .search(q)
        .filter((r) => r.id === "tls-origination")
        .map((r) => r.sense);
    assert.deepEqual(senses("tls origination is not working"), ["istio", "networking"]);
    // Off, the author's order stands.
    assert.deepEqual(senses("tls origination is not working", rankingWith({ topicAfterIstio: 1 })), [
      "networking",
      "istio",
    ]);
  });
  test("a cue written across two names names no sense", () => {
    const e = engine([
      sense("gateway", "istio", {
        title: "Gateway",
        subtitle: "Istio Gateway resource",
        text: "Ports and hosts at the edge.",
      }),
      sense("gateway", "gateway-api", {
        title: "Gateway",
        subtitle: "Gateway API Gateway",
        context: "gateway-api",
        order: 1,
        text: "Listeners of a GatewayClass.",
      }),
      sense("gateway", "api-gateway", {
        title: "Gateway",
        subtitle: "API gateway (general)",
        context: "networking",
        order: 2,
        cues: ["API gateway"],
        text: "A reverse proxy in front of APIs.",
      }),
      sense("gateway-api", "gateway-api", {
        title: "Gateway API",
        context: "gateway-api",
        aliases: ["Kubernetes Gateway API"],
        text: "Routing APIs.",
      }),
    ]);
    const first = (q: string) => {
      const top = e.search(q).find((r) => r.id === "gateway");
      return top?.sense;
    };
    // "Kubernetes Gateway API" is a name of its own, so the Gateway after it is a mention apart, and "API
    // Gateway", the end of one name and the start of the next, is no cue of the general API gateway.
    assert.equal(first("Kubernetes Gateway API Gateway resources"), "gateway-api");
    // Written alone, the cue still names its sense.
    assert.equal(first("we run an API gateway in front"), "api-gateway");
  });
  test("a Go API type in a pasted error names its kind", () => {
    const e = engine([
      sense("virtual-service", "istio", {
        title: "VirtualService",
        aliases: ["virtual service"],
        text: "Routing rules.",
      }),
      sense("service", "kubernetes", { title: "Service", text: "A stable virtual IP and spec for pods." }),
      page("/latest/docs/other/", "Unmarshal errors", { text: "Cannot unmarshal string into a struct field." }),
    ]);
    const top = e.search("json: cannot unmarshal string into Go struct field VirtualServiceSpec.http")[0];
    assert.equal(top?.id, "virtual-service");
    // A one-word kind is left alone: "ProxyStatus" is no Proxy.
    assert.notEqual(e.search("ProxyStatus")[0]?.match, "exact-name");
  });
});
