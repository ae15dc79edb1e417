import path from "node:path";
import { parseArgs } from "node:util";
import { buildDecoderData } from "../lib/decoder/data";
import { createDecoder } from "../lib/decoder/decode";
import { measureDecoder, readPassages } from "../lib/eval/passages";
import { contentOrExit } from "./content-or-exit";

const { values } = parseArgs({ options: { errors: { type: "boolean", default: false } } });
const decode = createDecoder(buildDecoderData(contentOrExit()));
const passages = readPassages(path.join("bench", "passages", "passages.json"));
for (const split of ["tuning", "held-out"] as const) {
  const { errors, ...q } = measureDecoder(
    passages.filter((p) => p.split === split),
    decode,
  );
  console.log(`${split.padEnd(8)} ${JSON.stringify(q)}`);
  // Only the tuning split's errors are shown: the held-out split stays unseen.
  if (values.errors && split === "tuning") for (const e of errors) console.log(`   ${e}`);
}
