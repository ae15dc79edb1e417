import { readFileSync } from "node:fs";
import { buildDecoderData } from "../lib/decoder/data";
import { createReader } from "../lib/decoder/read";
import { MAX_READ_CHARS } from "../lib/decoder/reading";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const USAGE = `usage: npm run -s annotate -- [--json] [--content-dir DIR] < text
  Reads a text on standard input and marks each glossary term in it with the sense it most likely has.`;

const { values } = readArgs(USAGE, {
  options: {
    json: { type: "boolean", default: false },
    "content-dir": { type: "string", default: "content" },
  },
});

const read = createReader(buildDecoderData(contentOrExit(values["content-dir"])));
const text = readFileSync(0, "utf8");
const { terms: annotations, codes, parts, limits } = read(text);

if (values.json) {
  console.log(JSON.stringify({ annotations, codes, parts, limits }));
} else {
  if (limits.truncatedFrom !== null)
    console.error(
      `annotate: read the first ${MAX_READ_CHARS} of ${limits.truncatedFrom} characters; the rest is left as is`,
    );
  if (limits.binary)
    console.error("annotate: the input holds control characters (binary data?); they were read as spaces");
  // The text with each term followed by [slug#sense context confidence], each code by [error:<id>].
  const marks = [
    ...annotations.map((a) => ({ end: a.end, mark: `[${a.term}#${a.sense} ${a.context} ${a.confidence.toFixed(2)}]` })),
    ...codes.map((c) => ({ end: c.end, mark: `[error:${c.error}]` })),
  ].sort((a, b) => a.end - b.end);
  let out = "";
  let at = 0;
  for (const m of marks) {
    out += `${text.slice(at, m.end)}${m.mark}`;
    at = m.end;
  }
  process.stdout.write(`${out}${text.slice(at)}`);
}
