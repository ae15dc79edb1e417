import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { loadContent } from "../content/load";
import { formatProblem } from "../source/problems";
import {
  BUDGET_MS,
  describeInput,
  fuzzParams,
  hostileProse,
  hostileString,
  hugeString,
  measure,
  slowest,
  withinBudget,
} from "../testing/hostile-strings";
import { foldName } from "../text/normalize";
import { buildDecoderData } from "./data";
import { type Annotation, createDecoder } from "./decode";
import { lintWikiPage, type WikiFinding } from "./lint-wiki";
import { createMatcher, type Mention } from "./matcher";

const MATCHER_RUNS = 4000;
const DECODER_RUNS = 3000;
const LINT_RUNS = 1000;
const HUGE_RUNS = 5;

const { content, problems } = loadContent("content");
if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
const data = buildDecoderData(content);
const match = createMatcher(data);
const decode = createDecoder(data);
const overloaded = new Set(content.overloaded);
const names = data.names.map(([name]) => name);
const overloadedNames = data.terms.filter((t) => overloaded.has(t.slug)).map((t) => t.term);
/** Folded names per term index, for checking that a mention names its term. */
const keysOf = new Map<number, Set<string>>();
for (const [name, term] of data.names) keysOf.set(term, (keysOf.get(term) ?? new Set()).add(foldName(name)));

// V8 compiles the hot paths over the first few hundred calls; the budget is for the code, not the compiler.
for (let i = 0; i < names.length; i += 8) {
  const text = `Run istioctl proxy-config cluster, then ${names.slice(i, i + 8).join(" and the ")} in \`kubectl\`.`;
  lintWikiPage(text, decode, data);
}

/** How many mentions, annotations and findings the properties checked: none would make them vacuous. */
const checked = { mentions: 0, annotations: 0, findings: 0 };

/** Whether a letter or digit touches the mention from outside (u-mode: a surrogate pair is one letter). */
const letterBefore = (text: string, at: number) => /[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at));
const letterAfter = (text: string, at: number) => /^[\p{L}\p{N}]/u.test(text.slice(at, at + 2));

/** In range, in order, apart and on whole words, each surface the text at its offsets. */
function assertValidSpans(text: string, spans: readonly { start: number; end: number; surface: string }[]): void {
  let previousEnd = 0;
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), "integer offsets");
    assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `0 <= ${s.start} < ${s.end} <= ${text.length}`);
    assert.equal(text.slice(s.start, s.end), s.surface, "the surface is the text at its offsets");
    assert.ok(s.start >= previousEnd, `sorted and apart: ${s.start} after ${previousEnd}`);
    previousEnd = s.end;
    assert.ok(!letterBefore(text, s.start) && !letterAfter(text, s.end), `whole words: ${JSON.stringify(s.surface)}`);
  }
}

/** Valid spans, each naming its term: a name, an abbreviation or a plural of one. */
function assertValidMentions(text: string, mentions: Mention[]): void {
  assertValidSpans(text, mentions);
  checked.mentions += mentions.length;
  for (const m of mentions) {
    const keys = keysOf.get(m.term);
    assert.ok(data.terms[m.term] && keys, `term index ${m.term}`);
    const key = foldName(m.surface);
    const named = [...keys].some(
      (k) => key === k || key === `${k}s` || key === `${k}es` || (k.endsWith("y") && key === `${k.slice(0, -1)}ies`),
    );
    assert.ok(named, `${JSON.stringify(m.surface)} names ${data.terms[m.term]?.slug}`);
  }
}

function assertValidAnnotations(text: string, annotations: Annotation[]): void {
  assertValidSpans(text, annotations);
  checked.annotations += annotations.length;
  for (const a of annotations) {
    const term = data.terms.find((t) => t.slug === a.term);
    assert.ok(term, `term ${a.term} exists`);
    const sense = term.senses.find((s) => s.id === a.sense);
    assert.ok(sense, `sense ${a.term}#${a.sense} exists`);
    assert.equal(a.context, sense.context);
    assert.ok(a.reason.length > 0, "a reason");
    const all = [{ sense: a.sense, confidence: a.confidence }, ...a.alternatives];
    assert.deepEqual(
      all.map((x) => x.sense).sort(),
      term.senses.map((s) => s.id).sort(),
      "the reading and its alternatives are the term's senses, each once",
    );
    for (const x of all) assert.ok(x.confidence >= 0 && x.confidence <= 1, `confidence ${x.confidence} in [0, 1]`);
    assert.ok(
      a.alternatives.every((x) => x.confidence <= a.confidence),
      "the reading is the most likely sense",
    );
    // Softmax shares, each rounded to three decimals.
    const sum = all.reduce((n, x) => n + x.confidence, 0);
    assert.ok(Math.abs(sum - 1) <= 0.0005 * all.length + 1e-9, `confidences sum to ${sum}`);
  }
}

test(`createMatcher: ${MATCHER_RUNS} hostile texts, valid mentions within budget`, (t) => {
  fc.assert(
    fc.property(hostileString(names), (text) => {
      assertValidMentions(
        text,
        withinBudget("matcher", text, () => match(text)),
      );
    }),
    fuzzParams(MATCHER_RUNS),
  );
  t.diagnostic(`slowest matcher: ${slowest.get("matcher")?.toFixed(1)} ms; ${checked.mentions} mentions checked`);
});

test(`createDecoder: ${DECODER_RUNS} hostile texts, valid annotations within budget, on the matcher's mentions`, (t) => {
  fc.assert(
    fc.property(hostileString(names), (text) => {
      const annotations = withinBudget("decoder", text, () => decode(text));
      assertValidAnnotations(text, annotations);
      assert.deepEqual(
        annotations.map((a) => [a.start, a.end, a.term]),
        match(text).map((m) => [m.start, m.end, data.terms[m.term]?.slug]),
        "one reading per mention",
      );
    }),
    fuzzParams(DECODER_RUNS),
  );
  t.diagnostic(`slowest decoder: ${slowest.get("decoder")?.toFixed(1)} ms; ${checked.annotations} annotations checked`);
});

const SUGGESTION = /^\/glossary\/([a-z0-9-]+)\/#([a-z0-9-]+)$/;

function assertValidFindings(text: string, findings: WikiFinding[]): void {
  const lines = text.split("\n");
  checked.findings += findings.length;
  let previous: [number, number] = [0, 0];
  for (const f of findings) {
    const line = lines[f.line - 1];
    assert.ok(line !== undefined && f.line >= 1, `line ${f.line} of ${lines.length}`);
    assert.ok(f.col >= 1 && f.col <= line.length, `col ${f.col} on a line of ${line.length}`);
    const [line0, col0] = previous;
    assert.ok(f.line > line0 || (f.line === line0 && f.col > col0), "in text order");
    previous = [f.line, f.col];
    // The message quotes the word the finding points at.
    const surface = /^"([^"]+)" /.exec(f.message)?.[1];
    assert.ok(surface && line.slice(f.col - 1).startsWith(surface), `${JSON.stringify(surface)} at ${f.line}:${f.col}`);
    const [, slug, sense] = SUGGESTION.exec(f.suggestion) ?? [];
    assert.ok(slug && overloaded.has(slug), `${f.suggestion} is an overloaded term`);
    assert.ok(
      data.terms.find((x) => x.slug === slug)?.senses.some((s) => s.id === sense),
      `${f.suggestion} is a sense`,
    );
  }
}

test(`lintWikiPage: ${LINT_RUNS} hostile pages, findings within the page, within budget`, (t) => {
  fc.assert(
    fc.property(hostileString(names, { maxFragments: 30 }), (text) => {
      assertValidFindings(
        text,
        withinBudget("lint-wiki", text, () => lintWikiPage(text, decode, data)),
      );
    }),
    fuzzParams(LINT_RUNS),
  );
  t.diagnostic(`slowest lint-wiki: ${slowest.get("lint-wiki")?.toFixed(1)} ms; ${checked.findings} findings checked`);
});

/** What a whole 100 KB page may take in the decoder or the wiki linter (measured: 60-180 ms and 0.3-0.8 s). */
const HUGE_TEXT_BUDGET_MS = 1_000;

/** Times of the 100 KB calls, for the budget check below. */
const hugeCalls: { target: string; ms: number; input: string }[] = [];

/** Times a 100 KB call, once more when over budget (the faster run counts, as in withinBudget). */
function timed<T>(target: string, input: string, call: () => T): T {
  const [out, first] = measure(call);
  const ms = first > BUDGET_MS ? Math.min(first, measure(call)[1]) : first;
  hugeCalls.push({ target, ms, input });
  return out;
}

test(`100 KB texts: matcher and decoder (${HUGE_RUNS}), wiki linter (2) never throw and stay valid`, () => {
  fc.assert(
    fc.property(hugeString(names), (text) => {
      assertValidMentions(
        text,
        timed("matcher", text, () => match(text)),
      );
      assertValidAnnotations(
        text,
        timed("decoder", text, () => decode(text)),
      );
    }),
    fuzzParams(HUGE_RUNS, { endOnFailure: true }),
  );
  // A hostile page (mostly code and HTML to Markdown), and prose with something to report in every paragraph.
  const pages: [fc.Arbitrary<string>, boolean][] = [
    [hugeString(names), false],
    [hostileProse(names, overloadedNames), true],
  ];
  for (const [page, reports] of pages) {
    fc.assert(
      fc.property(page, (text) => {
        const findings = timed("lint-wiki", text, () => lintWikiPage(text, decode, data));
        assert.ok(!reports || findings.length > 0, "the prose names overloaded words without saying which sense");
        assertValidFindings(text, findings);
      }),
      fuzzParams(1, { endOnFailure: true }),
    );
  }
});

test("100 KB texts: the matcher, the decoder and the wiki linter do not hang", () => {
  // A 100 KB text dense with terms has thousands of mentions, each weighed against every sense of its term,
  // and lint-wiki parses the Markdown first: the bound is "no hang", about 20x the per-input budget; how fast
  // they are is the bench's business (npm run bench, decoder section).
  const over = hugeCalls.filter((c) => c.ms > HUGE_TEXT_BUDGET_MS);
  assert.deepEqual(
    over.map((c) => `${c.target} ${c.ms.toFixed(0)} ms on ${describeInput(c.input)}`),
    [],
  );
});
