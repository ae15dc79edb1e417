import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { getContent } from "../content/load";
import { readPassages } from "../eval/passages";

/**
 * Every label of every passage set points at its text and names a sense the glossary has, and no two labels
 * of a passage overlap: a renamed sense or a mistyped surface would otherwise count as a miss in every run.
 */
test("the labels of every passage set name spans and senses that exist", () => {
  const senses = new Set(getContent().glossary.flatMap((t) => t.senses.map((s) => `${t.slug}#${s.id}`)));
  const dir = path.join("bench", "passages");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  assert.ok(files.length >= 2, "the passage sets are there");
  const wrong: string[] = [];
  for (const file of files) {
    const ids = new Set<string>();
    for (const p of readPassages(path.join(dir, file))) {
      if (ids.has(p.id)) wrong.push(`${file} ${p.id}: the id is used twice`);
      ids.add(p.id);
      const spans: [number, number, string][] = [];
      for (const l of p.labels) {
        const where = `${file} ${p.id}: "${l.surface}" #${l.occurrence}`;
        if (!senses.has(`${l.term}#${l.sense}`)) wrong.push(`${where}: no sense ${l.term}#${l.sense}`);
        let at = -1;
        for (let n = 0; n < l.occurrence && (n === 0 || at >= 0); n++) at = p.text.indexOf(l.surface, at + 1);
        if (at < 0) wrong.push(`${where}: not in the text`);
        else spans.push([at, at + l.surface.length, l.surface]);
      }
      spans.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) {
        const [prev, next] = [spans[i - 1], spans[i]];
        if (prev && next && next[0] < prev[1]) wrong.push(`${file} ${p.id}: "${prev[2]}" and "${next[2]}" overlap`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});
