import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import { fuzzParams, hostileString, hugeString, slowest, withinBudget } from "../testing/hostile-strings";
import { foldName } from "../text/normalize";
import { slugWord } from "../text/slug";

/** Glossary slugs, as written and as words: real names in the mix without loading the content. */
const names = readdirSync("content/glossary")
  .filter((f) => f.endsWith(".md"))
  .flatMap((f) => [f.slice(0, -3), f.slice(0, -3).replace(/-/g, " ")]);

/**
 * A safe URL path segment: letters and digits (any script) joined by single hyphens, nothing else. So no
 * "/", "\", ".", "%", "?", "#", white space or control character (the word cannot leave its segment, climb
 * with "..", or start a query or fragment), and no lone surrogate (encodeURIComponent would throw on one).
 */
const SEGMENT = /^(?:[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)?$/u;

function assertSafeWord(name: string): void {
  const word = withinBudget("slugWord", name, () => slugWord(name));
  assert.match(word, SEGMENT);
  assert.equal(decodeURIComponent(encodeURIComponent(word)), word);
  assert.equal(word, word.toLowerCase(), "lower case");
  // The short link's word and the matcher's name key fold a name the same way.
  assert.equal(word.replace(/-/g, ""), foldName(name));
}

test("slugWord: 5000 hostile names and 4 of 100 KB give safe path segments", (t) => {
  fc.assert(fc.property(hostileString(names), assertSafeWord), fuzzParams(5000));
  fc.assert(fc.property(hugeString(names), assertSafeWord), fuzzParams(4, { endOnFailure: true }));
  t.diagnostic(`slowest slugWord: ${slowest.get("slugWord")?.toFixed(1)} ms`);
});
