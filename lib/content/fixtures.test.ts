import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { formatProblem, type Problem } from "../source/problems";
import { loadContent } from "./load";

const FIXTURES = path.join("lib", "content", "__fixtures__");
const invalid = path.join(FIXTURES, "invalid");

describe("invalid content is reported with file, line, column and the problem", () => {
  for (const name of readdirSync(invalid).sort()) {
    test(name, () => {
      const dir = path.join(invalid, name);
      const expected = readFileSync(path.join(dir, "expected.txt"), "utf8").trim().split("\n");
      const { problems } = loadContent(dir);
      assert.deepEqual(problems.map(formatProblem), expected);
    });
  }
});

test("there are at least 20 invalid fixtures", () => {
  assert.ok(readdirSync(invalid).length >= 20);
});

describe("files written differently load exactly like their clean twin", () => {
  const load = (variant: string) => {
    const { content, problems } = loadContent(path.join(FIXTURES, "twins", variant));
    assert.deepEqual(problems, []);
    return content.glossary.map(({ file: _file, ...rest }) => rest);
  };
  const clean = load("clean");
  for (const variant of ["bom", "crlf", "trailing"]) {
    test(variant, () => assert.deepEqual(load(variant), clean));
  }
});

test("a 5 MB file fails with its size, not a crash", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "huge-"));
  mkdirSync(path.join(dir, "glossary"));
  const file = path.join(dir, "glossary", "huge.md");
  writeFileSync(file, `---\nterm: Huge\n---\n${"x".repeat(5 * 1024 * 1024)}`);
  const { problems } = loadContent(dir);
  assert.equal(problems.length, 1);
  assert.match(
    formatProblem(problems[0] as Problem),
    /huge\.md:1:1: file is 5242\d{3} bytes; content files may be at most 1048576 bytes$/,
  );
});
