import assert from "node:assert/strict";
import { test } from "node:test";
import { CONTEXT_WORDS } from "../contexts";
import { DECODER_DATA_VERSION, type DecoderData } from "./data";
import { createMatcher } from "./matcher";

const sense = { id: "s", context: "istio" as const, label: "l", short: "s", cues: [], kinds: [] };
const data: DecoderData = {
  version: DECODER_DATA_VERSION,
  terms: [
    { slug: "revision", term: "Revision", senses: [sense] },
    { slug: "policy", term: "Policy", senses: [sense] },
    { slug: "port", term: "Port", senses: [sense] },
  ],
  names: [
    ["istio.io/rev", 0],
    ["traffic policy", 1],
    ["policy", 1],
    ["port", 2],
  ],
  contextWords: CONTEXT_WORDS,
  errors: [],
  overloaded: [],
};
const match = createMatcher(data);
const surfaces = (text: string) => match(text).map((m) => text.slice(m.start, m.end));

test("API field and label names are found as written: a slash-joined key, a camelCase field", () => {
  assert.deepEqual(surfaces("label it istio.io/rev=canary, then set trafficPolicy: on the rule"), [
    "istio.io/rev",
    "trafficPolicy",
  ]);
});

test("a slash joins only a run whose whole is a known name", () => {
  // "policy/port" folds to no name: each word stands alone.
  assert.deepEqual(surfaces("the policy/port pair"), ["policy", "port"]);
});
