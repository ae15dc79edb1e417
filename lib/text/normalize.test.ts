import assert from "node:assert/strict";
import { test } from "node:test";
import { foldQuery, stem, tokenize } from "./normalize";

test("CamelCase kinds are kept whole and split", () => {
  assert.deepEqual(tokenize("VirtualService"), [stem("virtualservice"), "virtual", stem("service")]);
  assert.deepEqual(tokenize("HTTPRoute"), [stem("httproute"), "http", stem("route")]);
  assert.deepEqual(tokenize("VirtualService", { query: true }), tokenize("virtual service", { query: true }));
  assert.equal(tokenize("mTLS").length, 1, "a lower-case prefix is no CamelCase split");
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
  assert.equal(stem("xds"), "xds");
  assert.equal(stem("15001"), "15001");
});

test("spellings of one name fold to the same key", () => {
  const key = foldQuery("VirtualService");
  for (const spelling of ["virtual service", "virtual-service", "virtualservices", "Virtual Services"]) {
    assert.equal(foldQuery(spelling), key, spelling);
  }
});
