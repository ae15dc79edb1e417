import fc from "fast-check";

/**
 * Shared inputs for the fuzz tests: the strings users paste, type or put in a URL, at their worst. Real
 * glossary words are mixed in (the caller passes them) so the matching code paths run, not just the
 * "nothing found" ones.
 */

/** One seed for every fuzz test, so CI replays the same inputs; every failure report repeats it. */
export const FUZZ_SEED = 20_250_611;

/** Per call, on any input: the "no hang" line. */
export const BUDGET_MS = 50;

const REGEX_META = [
  ...". * + ? ^ $ { } ( ) | [ ] \\ / (a+)+$ (?<=x) (?! [^] \\p{L} \\u{ $& $1 a{1,99999}".split(" "),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the metacharacters themselves, not a placeholder.
  ".*+?^${}()|[]\\",
];
const EMOJI = ["😀", "👍🏽", "🇺🇸", "❤️", "1️⃣", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🧑‍💻", "👨🏿‍🚀"];
/** Combining marks, and compatibility forms that NFKC folds into letters or digits. */
const COMBINING = [
  "e\u0301",
  "n\u0303",
  "Z\u0351\u0352\u0353\u0354\u0355\u0356",
  "\u0301\u0301",
  "क्ष",
  "ﬁ",
  "Ⅻ",
  "①",
  "ｖｉｒｔｕａｌ",
];
const RTL = ["مرحبا بالعالم", "שלום עולם", "\u202Ecluster\u202C", "\u202E", "\u200F", "\u2067", "סֶרְוִיס"];
const CONTROL = [
  "\0",
  "\u0001",
  "\u0007",
  "\b",
  "\t",
  "\u000B",
  "\f",
  "\u001B[31m",
  "\u007F",
  "\u0085",
  "\u00A0",
  "\u2028",
  "\u2029",
  "\uFEFF",
  "\u200B",
  "\u200D",
];
const NEWLINES = ["\n", "\r", "\r\n"];
const LONE_SURROGATES = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "a\uD83D", "\uDE00b", "\uD83D\uD83D"];
const MARKUP = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "<svg/onload=alert(1)>",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "[cluster](javascript:alert(1))",
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection payload, not a placeholder.
  "${alert(1)}",
  "__proto__",
  "constructor",
  "toString",
  "' OR 1=1 --",
  "%00",
  "%E0%A4%A",
  "../../etc/passwd",
  "https://istio.io/latest/docs/",
  "reviews.default.svc.cluster.local",
  "<!--",
  "```",
  "---",
  "apiVersion: networking.istio.io/v1",
  "kind: VirtualService",
];
const CAMEL_PARTS = "Virtual Service Destination Rule Gateway HTTP Route Peer Authentication X".split(" ");
const SEPARATORS = [" ", "", "-", "_", ".", "/", ", ", "  ", "\t", "|", "#", ":"];

/** A glossary word with one letter dropped, doubled or swapped: the typo path of the search. */
function misspelled(word: string, at: number): string {
  const i = Math.floor(at / 3) % Math.max(1, word.length);
  switch (at % 3) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
    default:
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  }
}

function fragment(words: readonly string[], newlines: boolean): fc.Arbitrary<string> {
  const word = fc.constantFrom(...words);
  return fc.oneof(
    { arbitrary: word, weight: 6 },
    { arbitrary: fc.mixedCase(word), weight: 2 },
    { arbitrary: fc.tuple(word, fc.nat()).map(([w, at]) => misspelled(w, at)), weight: 2 },
    { arbitrary: fc.tuple(word, fc.nat()).map(([w, n]) => w.slice(0, 2 + (n % Math.max(1, w.length - 1)))), weight: 1 },
    { arbitrary: fc.constantFrom(...REGEX_META), weight: 2 },
    { arbitrary: fc.constantFrom(...EMOJI), weight: 1 },
    { arbitrary: fc.constantFrom(...COMBINING), weight: 1 },
    { arbitrary: fc.constantFrom(...RTL), weight: 1 },
    { arbitrary: fc.constantFrom(...CONTROL), weight: 1 },
    { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 1 },
    { arbitrary: fc.constantFrom(...MARKUP), weight: 2 },
    // Any code point (astral included), printable or not, and lone surrogates from anywhere in the range.
    { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 2 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 },
    { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
    // A very long single word, a run of spaces, CamelCase soup.
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 50, max: 2000 }), word)
        .map(([n, w]) => w.repeat(Math.ceil(n / w.length)).replace(/\W/g, "")),
      weight: 1,
    },
    { arbitrary: fc.integer({ min: 2, max: 300 }).map((n) => " ".repeat(n)), weight: 1 },
    {
      arbitrary: fc.array(fc.constantFrom(...CAMEL_PARTS), { minLength: 2, maxLength: 20 }).map((p) => p.join("")),
      weight: 1,
    },
    ...(newlines ? [{ arbitrary: fc.constantFrom(...NEWLINES), weight: 2 }] : []),
  );
}

export type HostileOptions = {
  /** Allow "\n", "\r" and "\r\n" (off for line protocols; U+2028, U+2029 and U+0085 are always in). */
  newlines?: boolean;
  /** Fragments per string. */
  maxFragments?: number;
};

/** Short to medium hostile strings: fragments of every kind above, glued with separators. */
export function hostileString(words: readonly string[], opts: HostileOptions = {}): fc.Arbitrary<string> {
  const newlines = opts.newlines ?? true;
  const separator = fc.constantFrom(...SEPARATORS, ...(newlines ? NEWLINES : []));
  return (
    fc
      .array(fc.tuple(fragment(words, newlines), separator), { maxLength: opts.maxFragments ?? 12 })
      .map((parts) => parts.map(([f, s]) => f + s).join(""))
      // Any code point can come out of the unit generators, line ends included.
      .map((s) => (newlines ? s : s.replace(/[\r\n]/g, " ")))
  );
}

export const HUGE_CHARS = 100_000;

/** 100 KB strings: a hostile mix repeated to size (cut anywhere, so a surrogate pair may be split too). */
export function hugeString(words: readonly string[], opts: HostileOptions = {}): fc.Arbitrary<string> {
  return hostileString(words, { ...opts, maxFragments: 40 })
    .filter((s) => s.length > 0)
    .map((s) => s.repeat(Math.ceil(HUGE_CHARS / s.length)).slice(0, HUGE_CHARS));
}

/**
 * 100 KB of Markdown prose that names `terms` in every paragraph, with hostile text inline. In the strings
 * above a stray "```" or "<!--" turns the rest of a page into code or HTML, where a wiki linter rightly
 * finds nothing; here every paragraph gives it something to report.
 */
export function hostileProse(words: readonly string[], terms: readonly string[]): fc.Arbitrary<string> {
  const term = fc.constantFrom(...terms);
  const paragraph = fc
    .tuple(term, hostileString(words, { newlines: false }), term)
    .map(([a, hostile, b]) => `The ${a} ${hostile} and the ${b}.\n\n`);
  return fc
    .array(paragraph, { minLength: 1000, maxLength: 1000 })
    .map((ps) => ps.join(""))
    .map((s) => s.repeat(Math.ceil(HUGE_CHARS / s.length)).slice(0, HUGE_CHARS));
}

/** A short, printable description of an input for failure messages. */
export function describeInput(input: string): string {
  return `${input.length} chars: ${JSON.stringify(input.slice(0, 300))}${input.length > 300 ? "…" : ""}`;
}

/**
 * fast-check's report, but with the error's own message and 100 KB counterexamples cut short (the default
 * prints them whole and leaves the cause out).
 */
function conciseReport<Ts>(): fc.PluginInstance<Ts> {
  return {
    onAllRunsComplete: (details) => {
      if (!details.failed) return;
      const values: unknown[] = Array.isArray(details.counterexample)
        ? details.counterexample
        : [details.counterexample];
      const shown = values.map((v) => (typeof v === "string" ? describeInput(v) : fc.stringify(v))).join("; ");
      const cause =
        details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(
        `property failed after ${details.numRuns} runs; replay with { seed: ${details.seed}, path: "${details.counterexamplePath}" }\ncounterexample: ${shown}\n${cause}`,
      );
    },
  };
}

/** Parameters for every fuzz property: the shared seed and the report above. */
export function fuzzParams<Ts>(numRuns: number, opts: { endOnFailure?: boolean } = {}): fc.Parameters<Ts> {
  return { seed: FUZZ_SEED, numRuns, ...opts, plugins: [conciseReport] };
}

/** The slowest call seen per target, reported by the tests. */
export const slowest = new Map<string, number>();

/**
 * Runs `call` and times it: its wall time (performance.now), or the CPU time the process got meanwhile when
 * that is less. On a busy 2-core box the test can wait for a core, and that wait is not the code's; the code
 * under test does no I/O, so a hang is slow on the clock and on the CPU alike.
 */
export function measure<T>(call: () => T): [T, number] {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const out = call();
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return [out, Math.min(wall, (used.user + used.system) / 1000)];
}

/**
 * Runs `call` and fails naming the input when it takes longer than the budget. A slow call is timed up to
 * four more times and the fastest run counts: a garbage collection can stall one run, while a real hang is
 * slow every time.
 */
export function withinBudget<T>(target: string, input: string, call: () => T): T {
  let [out, best] = measure(call);
  for (let retry = 0; retry < 4 && best > BUDGET_MS; retry++) {
    const [again, ms] = measure(call);
    out = again;
    best = Math.min(best, ms);
  }
  slowest.set(target, Math.max(slowest.get(target) ?? 0, best));
  if (best > BUDGET_MS) {
    throw new Error(`${target} took ${best.toFixed(1)} ms (budget ${BUDGET_MS} ms) on ${describeInput(input)}`);
  }
  return out;
}
