import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });

test("a script's --help prints its usage on stdout and exits 0", () => {
  const r = run("scripts/check.ts", ["--help"]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^usage: npm run -s check -- /);
});

test("an unknown option says which, with the usage, and exits 2 without a stack trace", () => {
  const r = run("scripts/check.ts", ["--content-dri", "content"]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^Unknown option '--content-dri'/);
  assert.match(r.stderr, /\nusage: npm run -s check -- /);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test("a query that starts with a dash is searched after --, and said to need it before", () => {
  const bare = run("scripts/search.ts", ["--json", "--revision"]);
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /after '--'/);
  const after = run("scripts/search.ts", ["--json", "--", "--revision"]);
  assert.equal(after.status, 0, after.stderr);
  assert.ok(JSON.parse(after.stdout).results.length > 0);
});

test("the bench's --help and a misspelt option stop before anything is built or measured", () => {
  const help = run("scripts/bench.ts", ["--help"]);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^usage: npm run bench -- /);
  assert.doesNotMatch(help.stderr, /building the site/);
  const typo = run("scripts/bench.ts", ["--onyl", "scale"]);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /^Unknown option '--onyl'/);
});
