import assert from "node:assert/strict";
import { test } from "node:test";
import { printedForReaders, printedPattern } from "./printed";

test("a printed message: an ellipsis for readers, a pattern for pastes, none for a message of one word", () => {
  assert.equal(printedForReaders("Referenced %s not found: %q"), "Referenced … not found: …");
  assert.equal(printedForReaders("Port %-5d of %v"), "Port … of …");
  assert.equal(printedPattern("Referenced %s not found: %q")?.test("Error: Referenced gateway not found"), true);
  assert.equal(printedPattern("Deprecated: %s"), null);
  // Rust placeholders vary as Go verbs do.
  assert.equal(
    printedForReaders("requested service {0}:{1} found, but has no {name:?}"),
    "requested service …:… found, but has no …",
  );
  assert.equal(
    printedPattern("failed to fetch information about local workload: {0}")?.test(
      'error="failed to fetch information about local workload: not found"',
    ),
    true,
  );
});

test("a paste that starts after the message's first varying part is recognised when enough words follow it", () => {
  const missing = printedPattern("The pod %s is missing the Istio proxy. This can often be resolved by restarting.");
  assert.equal(missing?.test("is missing the Istio proxy. This can often be resolved"), true);
  assert.equal(missing?.test("The pod reviews-v1 is missing the Istio proxy"), true);
  // Two words after the varying part are prose: the head is needed.
  assert.equal(printedPattern("Referenced %s not found: %q")?.test("the gateway was not found"), false);
});
