import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildDecoderData } from "../lib/decoder/data";
import { createDecoder } from "../lib/decoder/decode";
import { contentOrExit } from "./content-or-exit";

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    "content-dir": { type: "string", default: "content" },
  },
});

const decode = createDecoder(buildDecoderData(contentOrExit(values["content-dir"])));
const text = readFileSync(0, "utf8");
const annotations = decode(text);

if (values.json) {
  console.log(JSON.stringify({ annotations }));
} else {
  // The text with each term followed by [slug#sense context confidence].
  let out = "";
  let at = 0;
  for (const a of annotations) {
    out += `${text.slice(at, a.end)}[${a.term}#${a.sense} ${a.context} ${a.confidence.toFixed(2)}]`;
    at = a.end;
  }
  process.stdout.write(`${out}${text.slice(at)}`);
}
