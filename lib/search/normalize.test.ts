import assert from "node:assert/strict";
import { test } from "node:test";
import { foldQuery, stem, tokenize } from "./normalize";

test("CamelCase kinds are kept whole and split", () => {
  assert.deepEqual(tokenize("VirtualService"), ["virtualservice", "virtual", "service"]);
  assert.deepEqual(tokenize("HTTPRoute"), ["httproute", "http", "route"]);
  assert.equal(tokenize("mTLS").length, 1, "a lower-case prefix is no CamelCase split");
});

test("plurals fold to the singular", () => {
  assert.equal(stem("policies"), "policy");
  assert.equal(stem("gateways"), "gateway");
  assert.equal(stem("ingresses"), "ingress");
  assert.equal(stem("address"), "address");
  assert.equal(stem("status"), "status");
});

test("spellings of one name fold to the same key", () => {
  const key = foldQuery("VirtualService");
  for (const spelling of ["virtual service", "virtual-service", "virtualservices", "Virtual Services"]) {
    assert.equal(foldQuery(spelling), key, spelling);
  }
});
