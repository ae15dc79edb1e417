import assert from "node:assert/strict";
import { test } from "node:test";
import { foldQuery, spacedCamel, spellIstioctl, stem, tokenize, VERSUS } from "./normalize";

test("CamelCase kinds are kept whole and split", () => {
  assert.deepEqual(tokenize("VirtualService"), [stem("virtualservice"), "virtual", stem("service")]);
  assert.deepEqual(tokenize("HTTPRoute"), [stem("httproute"), "http", stem("route")]);
  assert.deepEqual(tokenize("VirtualService", { query: true }), tokenize("virtual service", { query: true }));
  assert.equal(tokenize("mTLS").length, 1, "a lower-case prefix is no CamelCase split");
});

test("a field name's humps are spaced, acronym runs are not, and 'vs' splits what is compared", () => {
  assert.equal(spacedCamel("DestinationRule trafficPolicy"), "Destination Rule traffic Policy");
  assert.equal(spacedCamel("HTTPRoute filter"), "HTTPRoute filter");
  assert.deepEqual("Sidecar vs ztunnel versus waypoint".split(VERSUS), ["Sidecar", "ztunnel", "waypoint"]);
});

test("plurals and word forms meet", () => {
  for (const [a, b] of [
    ["policies", "policy"],
    ["gateways", "gateway"],
    ["ingresses", "ingress"],
    ["injected", "injection"],
    ["configured", "configuration"],
  ]) {
    assert.equal(stem(a ?? ""), stem(b ?? ""), `${a} ~ ${b}`);
  }
  assert.notEqual(stem("address"), stem("add"));
  // Locality load balancing is no form of `cluster.local`.
  assert.notEqual(stem("locality"), stem("local"));
  assert.equal(stem("localities"), stem("locality"));
  assert.notEqual(stem("authority"), stem("authorization"));
  assert.notEqual(stem("origination"), stem("original"));
  assert.equal(stem("originating"), stem("origination"));
  assert.notEqual(stem("listen"), stem("listener"));
  assert.equal(stem("listeners"), stem("listener"));
  assert.notEqual(stem("operator"), stem("operation"));
  assert.notEqual(stem("sampling"), stem("samples"));
  assert.equal(stem("sampled"), stem("sampling"));
  assert.notEqual(stem("permissive"), stem("permission"));
  assert.equal(stem("xds"), "xds");
  assert.equal(stem("15001"), "15001");
});

test("shorthand is read as the word it stands for, in text and queries alike", () => {
  assert.deepEqual(tokenize("workload cert rotation"), tokenize("workload certificate rotation"));
  assert.deepEqual(tokenize("k8s authz", { query: true }), tokenize("kubernetes authorization", { query: true }));
  // Only whole words: a longer word that starts the same is itself.
  assert.notDeepEqual(tokenize("certain"), tokenize("certificate"));
});

test("spellings of one name fold to the same key", () => {
  const key = foldQuery("VirtualService");
  for (const spelling of ["virtual service", "virtual-service", "virtualservices", "Virtual Services"]) {
    assert.equal(foldQuery(spelling), key, spelling);
  }
});

test("a possessive or a contraction's ending is no word of its own", () => {
  assert.deepEqual(tokenize("which config a pod's proxy received"), tokenize("which config a pod proxy received"));
  assert.deepEqual(tokenize("the route doesn’t match"), tokenize("the route doesn match"));
  // Quotes around a word are no contraction.
  assert.ok(tokenize("set 's' as the suffix", { keepStopwords: true }).includes("s"));
});

test("istioctl's short subcommands are spelled out, and only as subcommands", () => {
  assert.equal(spellIstioctl("istioctl pc cluster deploy/web"), "istioctl proxy-config cluster deploy/web");
  assert.equal(spellIstioctl("run istioctl x describe pod"), "run istioctl experimental describe pod");
  assert.equal(spellIstioctl("istioctl ps"), "istioctl proxy-status");
  assert.equal(spellIstioctl("istioctl x-ray"), "istioctl x-ray");
  assert.equal(spellIstioctl("kubectl pc"), "kubectl pc");
});
