import assert from "node:assert/strict";
import { test } from "node:test";
import { phraseFinder } from "./phrases";

const spans = (find: ReturnType<typeof phraseFinder<string>>, text: string) =>
  find(text).map((h) => [h.owner, h.spelling]);

test("a longer spelling with placeholders wins over a shorter one it holds", () => {
  const find = phraseFinder([
    ['unknown field "<path>"', "crd"],
    ['unknown field "<name>" in v1alpha1.IstioOperatorSpec', "operator"],
  ]);
  assert.deepEqual(spans(find, 'Error: unknown field "meshConfig.foo" in v1alpha1.IstioOperatorSpec'), [
    ["operator", 'unknown field "meshConfig.foo" in v1alpha1.IstioOperatorSpec'],
  ]);
  assert.deepEqual(spans(find, 'strict decoding error: unknown field "spec.hostname"'), [
    ["crd", 'unknown field "spec.hostname"'],
  ]);
});

test("exact spellings: longest first, on word boundaries, every occurrence, none inside another", () => {
  const find = phraseFinder([
    ["upstream_reset_before_response_started", "family"],
    ["upstream_reset_before_response_started{connection_failure}", "UF"],
    ["no healthy upstream", "UH"],
  ]);
  const text =
    "x upstream_reset_before_response_started{connection_failure} then no healthy upstream, no healthy upstreams, and NO HEALTHY UPSTREAM";
  assert.deepEqual(spans(find, text), [
    ["UF", "upstream_reset_before_response_started{connection_failure}"],
    ["UH", "no healthy upstream"],
    ["UH", "NO HEALTHY UPSTREAM"],
  ]);
});
