import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { parse } from "yaml";
import { KIND_URL_PREFIX, RECORD_KINDS } from "../lib/kinds";
import { FUZZ_SEED, HUGE_CHARS, hostileProse, hostileString, hugeString } from "../lib/testing/hostile-strings";

/**
 * The CLIs on hostile input: one batch process for thousands of queries (a process per input would take
 * hours), and a few 100 KB payloads for annotate and lint-wiki. The library behind them is fuzzed in-process
 * by lib/search/fuzz.test.ts and lib/decoder/fuzz.test.ts; this checks what the CLIs add: reading stdin and
 * files, the line protocol, and the JSON and path:line:col output.
 */

const BATCH_LINES = 3000;
const LIMIT = 7;

const run = (script: string, args: string[], input = "") => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    encoding: "utf8",
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ...r, ms: performance.now() - t0 };
};

/** What a CLI reads back from stdin or a file: UTF-8, so a lone surrogate arrives as U+FFFD. */
const viaUtf8 = (s: string) => Buffer.from(s, "utf8").toString("utf8");

/** Glossary slugs as words ("virtual service"), so the queries and passages name real terms. */
const words = readdirSync("content/glossary")
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.slice(0, -3).replace(/-/g, " "));

/** Where each kind of result may link: the kind's page family (a term at one of its senses), or istio.io. */
const URL_SHAPE: Record<string, RegExp> = Object.fromEntries(
  RECORD_KINDS.map((k) => [
    k,
    new RegExp(
      `^${KIND_URL_PREFIX[k].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}${k === "term" ? "[a-z0-9-]+/#[a-z0-9-]+$" : "[^\\s\"'<>]*$"}`,
    ),
  ]),
) as Record<string, RegExp>;

type Line = { query: string; results: Record<string, unknown>[] };

function assertSearchLine(raw: string, query: string, where: string): void {
  let parsed: Line;
  try {
    parsed = JSON.parse(raw) as Line;
  } catch {
    assert.fail(`${where}: not JSON: ${raw.slice(0, 200)}`);
  }
  assert.deepEqual(Object.keys(parsed), ["query", "results"], where);
  assert.equal(parsed.query, query, `${where}: the query is echoed`);
  assert.ok(Array.isArray(parsed.results) && parsed.results.length <= LIMIT, `${where}: at most ${LIMIT} results`);
  const seen = new Set<string>();
  let previous = Number.POSITIVE_INFINITY;
  for (const r of parsed.results) {
    assert.deepEqual(
      Object.keys(r).sort(),
      ["context", "id", "kind", "match", "score", "sense", "title", "url"],
      where,
    );
    const { kind, id, sense, url, score, match, title } = r;
    assert.ok(typeof kind === "string" && kind in URL_SHAPE, `${where}: kind ${kind}`);
    assert.ok(typeof id === "string" && id.length > 0, `${where}: id`);
    assert.ok(typeof url === "string" && URL_SHAPE[kind]?.test(url), `${where}: url ${url}`);
    assert.ok(typeof score === "number" && Number.isFinite(score) && score <= previous, `${where}: score ${score}`);
    previous = score;
    // A page can come twice: as itself and as the page defining a field the query names (match "reference").
    const key = match === "reference" ? `${kind} ${id} ${title}` : `${kind} ${id} ${sense}`;
    assert.ok(!seen.has(key), `${where}: duplicate ${key}`);
    seen.add(key);
  }
}

/** The line protocol (node's readline): "\n", "\r" and "\r\n" end a line; U+2028, U+2029 and U+0085 do not. */
const PROTOCOL_TAIL = [
  "cluster\rgateway\r\n",
  "\uD800 lone high, lone low \uDC00\n",
  "\u2028sidecar\u2029 \u0085VS\n",
  "\0\u0007<script>alert(1)</script>\n",
  "last line without a newline",
];
const PROTOCOL_QUERIES = [
  "cluster",
  "gateway",
  "\uFFFD lone high, lone low \uFFFD",
  "\u2028sidecar\u2029 \u0085VS",
  "\0\u0007<script>alert(1)</script>",
  "last line without a newline",
];

test(`search --batch: ${BATCH_LINES} hostile queries in one process, one valid JSON line each (seed ${FUZZ_SEED})`, (t) => {
  const queries = fc.sample(hostileString(words, { newlines: false }), { seed: FUZZ_SEED, numRuns: BATCH_LINES });
  const r = run(
    "scripts/search.ts",
    ["--batch", "--limit", String(LIMIT)],
    `${queries.join("\n")}\n${PROTOCOL_TAIL.join("")}`,
  );
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, "");
  const expected = [...queries.map(viaUtf8), ...PROTOCOL_QUERIES];
  const lines = r.stdout.split("\n");
  assert.equal(lines.pop(), "", "the output ends with a newline");
  assert.equal(lines.length, expected.length, "one output line per input line");
  lines.forEach((line, i) => {
    assertSearchLine(line, expected[i] ?? "", `line ${i + 1} ${JSON.stringify((expected[i] ?? "").slice(0, 80))}`);
  });
  t.diagnostic(`search --batch: ${expected.length} queries in ${r.ms.toFixed(0)} ms, process start included`);
});

/** The overloaded words, which lint-wiki reports when it cannot tell their sense. */
const overloaded = (parse(readFileSync("content/overloaded.yaml", "utf8")) as string[]).map((slug) =>
  slug.replace(/-/g, " "),
);

/** 100 KB payloads: a hostile mix repeated to size, many different hostile passages, and hostile prose. */
function payloads(): { repeated: string; mixed: string; prose: string } {
  const [repeated = ""] = fc.sample(hugeString(words), { seed: FUZZ_SEED, numRuns: 1 });
  const mixed = fc.sample(hostileString(words), { seed: FUZZ_SEED, numRuns: 2000 }).join("\n").slice(0, HUGE_CHARS);
  const [prose = ""] = fc.sample(hostileProse(words, overloaded), { seed: FUZZ_SEED, numRuns: 1 });
  return { repeated, mixed, prose };
}
const PAYLOADS = payloads();

test(`annotate --json: 2 payloads of 100 KB, valid annotations (seed ${FUZZ_SEED})`, (t) => {
  for (const [n, payload] of [PAYLOADS.repeated, PAYLOADS.mixed].entries()) {
    const r = run("scripts/annotate.ts", ["--json"], payload);
    const where = `payload ${n}`;
    assert.equal(r.status, 0, `${where}: ${r.stderr}`);
    assert.equal(r.stderr, "", where);
    assert.equal(r.stdout.indexOf("\n"), r.stdout.length - 1, `${where}: one line of JSON`);
    type Span = { start: number; end: number; surface: string };
    const out = JSON.parse(r.stdout) as { annotations: Span[]; codes: Span[]; parts: Span[] };
    assert.deepEqual(Object.keys(out), ["annotations", "codes", "parts", "limits"], where);
    const text = viaUtf8(payload);
    // Terms and codes never overlap one another; parts may nest (a port inside a cluster name).
    let previousEnd = 0;
    for (const a of [...out.annotations, ...out.codes].sort((x, y) => x.start - y.start)) {
      assert.ok(previousEnd <= a.start && a.start < a.end && a.end <= text.length, `${where}: ${a.start}-${a.end}`);
      assert.equal(text.slice(a.start, a.end), a.surface, `${where}: surface at ${a.start}`);
      previousEnd = a.end;
    }
    for (const p of out.parts) assert.equal(text.slice(p.start, p.end), p.surface, `${where}: part at ${p.start}`);
    t.diagnostic(`annotate ${where}: ${out.annotations.length} annotations in ${r.ms.toFixed(0)} ms`);
  }
});

test(`lint-wiki: 3 hostile pages of 100 KB, findings as path:line:col within each page (seed ${FUZZ_SEED})`, (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), "lint-fuzz-"));
  // The prose page also has a byte order mark and Windows line ends, which the CLI strips and folds.
  const pages = [PAYLOADS.repeated, PAYLOADS.mixed, `\uFEFF${PAYLOADS.prose.replace(/\n/g, "\r\n")}`].map((text, i) => {
    const file = path.join(dir, `page-${i}.md`);
    writeFileSync(file, text);
    // The page as lint-wiki reads it, split into lines for the line:col check.
    const lines = viaUtf8(text)
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .split("\n");
    return { file, lines };
  });
  const r = run(
    "scripts/lint-wiki.ts",
    pages.map((p) => p.file),
  );
  const finding = /^(.+):(\d+):(\d+): "([^"]+)" (?:is ambiguous|links to) .* -> \/glossary\/[a-z0-9-]+\/#[a-z0-9-]+$/;
  const lines = r.stdout.split("\n");
  assert.equal(lines.pop(), "", "the output ends with a newline");
  assert.ok(lines.length > 0, "the prose page names overloaded words without saying which sense");
  for (const line of lines) {
    const [, file, lineNo, col, surface] = finding.exec(line) ?? [];
    const page = pages.find((p) => p.file === file);
    assert.ok(page && surface, `path:line:col: message -> suggestion, got ${line.slice(0, 200)}`);
    assert.ok(
      page.lines[Number(lineNo) - 1]?.slice(Number(col) - 1).startsWith(surface),
      `${line.slice(0, 200)}: ${JSON.stringify(surface)} there`,
    );
  }
  // Exit 1 and the count on stderr, the whole report on stdout: never a stack trace.
  const count = lines.length;
  assert.equal(r.status, 1, r.stderr);
  assert.equal(r.stderr, `${count} overloaded word${count === 1 ? "" : "s"} to make clear.\n`);
  t.diagnostic(`lint-wiki: ${count} findings on ${pages.length} pages in ${r.ms.toFixed(0)} ms`);
  // Kept when an assertion above fails, for a look at the pages.
  rmSync(dir, { recursive: true });
});
