import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { buildSiteShards } from "../lib/content/search-index";
import { RECORD_KINDS } from "../lib/kinds";
import { contentOrExit } from "./content-or-exit";

const run = (args: string[], input?: string) =>
  execFileSync(process.execPath, ["--import", "tsx", "scripts/search.ts", ...args], {
    encoding: "utf8",
    input,
    stdio: ["pipe", "pipe", "pipe"],
  });

type Result = {
  kind: string;
  id: string;
  sense: string | null;
  context: string | null;
  title: string;
  url: string;
  score: number;
  match: string;
};

function assertResult(r: Result) {
  assert.deepEqual(Object.keys(r).sort(), ["context", "id", "kind", "match", "score", "sense", "title", "url"]);
  assert.equal(typeof r.score, "number");
  assert.equal(typeof r.title, "string");
  assert.ok((RECORD_KINDS as readonly string[]).includes(r.kind), r.kind);
}

test("--json prints exactly one object with ranked results, one per sense", () => {
  const out = run(["--json", "--limit", "5", "cluster"]);
  assert.equal(out.trim().split("\n").length, 1);
  const parsed = JSON.parse(out) as { query: string; results: Result[] };
  assert.deepEqual(Object.keys(parsed), ["query", "results"]);
  assert.equal(parsed.query, "cluster");
  assert.ok(parsed.results.length > 0 && parsed.results.length <= 5);
  parsed.results.forEach(assertResult);
  const first = parsed.results[0];
  assert.equal(first?.id, "cluster");
  assert.match(first?.url ?? "", /^\/glossary\/cluster\/#[a-z0-9-]+$/);
  const scores = parsed.results.map((r) => r.score);
  assert.deepEqual(
    scores,
    [...scores].sort((a, b) => b - a),
  );
});

test("--batch answers each line with one JSON line, in order", () => {
  const out = run(["--batch", "--limit", "3"], "registry\nVS\n\nheadles servce\n");
  const lines = out
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { query: string; results: Result[] });
  assert.deepEqual(
    lines.map((l) => l.query),
    ["registry", "VS", "", "headles servce"],
  );
  assert.equal(lines[0]?.results[0]?.id, "registry");
  assert.deepEqual(lines[2]?.results, []);
  for (const l of lines) l.results.forEach(assertResult);
});

test("without --json it prints a readable table", () => {
  const out = run(["registry"]);
  assert.match(out.split("\n")[0] ?? "", /^#\s+kind\s+title/);
  assert.match(out, /\/glossary\/registry\/#/);
});

test("--shards searches a built sharded index with the same ranking; a folder without one is an error", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "shards-"));
  try {
    for (const [file, text] of buildSiteShards(contentOrExit("content"))) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    for (const query of ["cluster", "VS", "503 UF upstream"]) {
      const sharded = JSON.parse(run(["--json", "--limit", "5", "--shards", dir, query])) as { results: Result[] };
      const whole = JSON.parse(run(["--json", "--limit", "50", query])) as { results: Result[] };
      assert.deepEqual(sharded.results[0], whole.results[0], query);
      // The rest are among the whole index's answers (it ranks the records its words reach best, so a score
      // weighed against the best of its kind may differ a little).
      for (const r of sharded.results)
        assert.ok(
          whole.results.some((w) => w.id === r.id && w.sense === r.sense && w.url === r.url),
          `${query}: ${r.id}`,
        );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.throws(() => run(["--shards", path.join(tmpdir(), "no-such-index"), "cluster"]), /--shards .*head\.json/);
});

test("a reader that closes the pipe early (| head -1) ends the batch quietly, with exit code 0", () => {
  const out = execFileSync(
    "bash",
    ["-o", "pipefail", "-c", `${JSON.stringify(process.execPath)} --import tsx scripts/search.ts --batch | head -1`],
    { encoding: "utf8", input: "cluster\n".repeat(2000), stdio: ["pipe", "pipe", "pipe"] },
  );
  assert.equal(out.trim().split("\n").length, 1);
});
