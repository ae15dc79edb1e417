import { readFileSync } from "node:fs";
import { buildDecoderData } from "../lib/decoder/data";
import { createDecoder } from "../lib/decoder/decode";
import { lintWikiPage } from "../lib/decoder/lint-wiki";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const USAGE = "usage: npm run -s lint-wiki -- <file.md> [more files...] [--content-dir DIR]";

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: { "content-dir": { type: "string", default: "content" } },
});
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const content = contentOrExit(values["content-dir"]);
const data = buildDecoderData(content);
const decode = createDecoder(data);
let count = 0;
for (const file of positionals) {
  const text = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  for (const f of lintWikiPage(text, decode, data)) {
    console.log(`${file}:${f.line}:${f.col}: ${f.message} -> ${f.suggestion}`);
    count++;
  }
}
if (count > 0) {
  console.error(`${count} overloaded word${count === 1 ? "" : "s"} to make clear.`);
  // Not process.exit(): it drops what a piped stdout has not taken yet, cutting long reports short.
  process.exitCode = 1;
}
