import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import remarkMeshAtlas, { type DecoderDataJson, type Options } from "../src/index";

/**
 * One folder per case under fixtures/: `input.md`, the expected `output.md`, optional `options.json` (merged
 * over the defaults below) and `messages.txt` (the file's messages, `line:col: reason [ruleId]`; none when
 * absent). `UPDATE=1` rewrites the expected files from what the plugin does: review the diff before keeping it.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "fixtures");
const data = JSON.parse(readFileSync(path.join(here, "data.json"), "utf8")) as DecoderDataJson;
const update = process.env.UPDATE === "1";

for (const name of readdirSync(fixtures).sort()) {
  test(`fixture ${name}`, async () => {
    const dir = path.join(fixtures, name);
    const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
    const options = existsSync(path.join(dir, "options.json"))
      ? (JSON.parse(read("options.json")) as Partial<Options>)
      : {};
    const file = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMeshAtlas, { site: "https://atlas.example.com/", data, ...options })
      .use(remarkStringify)
      .process(read("input.md"));
    const output = String(file);
    const messages = file.messages.map((m) => `${m.line}:${m.column}: ${m.reason} [${m.ruleId}]\n`).join("");
    if (update) {
      writeFileSync(path.join(dir, "output.md"), output);
      if (messages) writeFileSync(path.join(dir, "messages.txt"), messages);
      else rmSync(path.join(dir, "messages.txt"), { force: true });
    }
    assert.equal(output, read("output.md"));
    assert.equal(messages, existsSync(path.join(dir, "messages.txt")) ? read("messages.txt") : "");
    for (const m of file.messages) assert.equal(m.source, "remark-mesh-atlas");
  });
}
