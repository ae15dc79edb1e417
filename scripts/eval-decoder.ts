import { appendFileSync } from "node:fs";
import path from "node:path";
import { buildDecoderData } from "../lib/decoder/data";
import { createDecoder } from "../lib/decoder/decode";
import { DEFAULT_DECODER_WEIGHTS, type DecoderWeights } from "../lib/decoder/weights";
import { measureDecoder, readPassages } from "../lib/eval/passages";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const USAGE = `usage: npx tsx scripts/eval-decoder.ts [--passages FILE.json] [--errors] [--test]

Prints the tuning part of a passage set (bench/passages/passages.json unless --passages), with its errors when
--errors. --test adds the test (held-out) part, as aggregates only; each such run is appended to
bench/queries/test-looks.log.`;

const { values } = readArgs(USAGE, {
  options: {
    passages: { type: "string", default: path.join("bench", "passages", "passages.json") },
    errors: { type: "boolean", default: false },
    test: { type: "boolean", default: false },
    weights: { type: "string" },
  },
});
// --weights '{"coherence": {"each": 0.1, "cap": 0.4}}' tries other weights (on the tuning part).
const weights: DecoderWeights = { ...DEFAULT_DECODER_WEIGHTS, ...(values.weights ? JSON.parse(values.weights) : {}) };
const decode = createDecoder(buildDecoderData(contentOrExit()), weights);
const passages = readPassages(values.passages);
for (const split of ["tuning", "held-out"] as const) {
  if (split === "held-out" && !values.test) continue;
  const { errors, reliability, ...q } = measureDecoder(
    passages.filter((p) => p.split === split),
    decode,
  );
  console.log(`${split.padEnd(8)} ${JSON.stringify(q)}`);
  console.log(`         reliability ${JSON.stringify(reliability)}`);
  // Only the tuning split's errors are shown: the held-out split stays unseen.
  if (values.errors && split === "tuning") for (const e of errors) console.log(`   ${e}`);
  if (split === "held-out")
    appendFileSync(
      path.join("bench", "queries", "test-looks.log"),
      `${new Date().toISOString()} ${values.passages} eval-decoder\n`,
    );
}
