import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { CONTENT_KINDS } from "./registry";

test("CONTRIBUTING.md lists every content kind with its files", () => {
  const guide = readFileSync("CONTRIBUTING.md", "utf8");
  const missing = Object.entries(CONTENT_KINDS)
    .filter(([key, kind]) => !guide.includes(`\`${key}\``) || !guide.includes(`\`${kind.files}\``))
    .map(([key]) => key);
  assert.deepEqual(missing, []);
});
