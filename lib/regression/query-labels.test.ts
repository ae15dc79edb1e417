import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { getContent, siteRecords } from "../content/load";
import { EXPECTATIONS, readQueryFile } from "../eval/query-set";

/**
 * Every answer a labelled query set names exists: a renamed term, sense, page, card or error page would
 * otherwise count as a miss in every run, silently.
 */
test("the labels of every JSON query set name records the site has", () => {
  const records = siteRecords(getContent());
  const known = new Set<string>();
  for (const r of records) {
    known.add(`${r.kind}:${r.id}`);
    if (r.sense) known.add(`${r.kind}:${r.id}#${r.sense}`);
  }
  const kindOf = { terms: "term", docs: "doc", cards: "card", errors: "error" } as const;
  const dir = path.join("bench", "queries");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  assert.ok(files.length >= 2, "the real query sets are there");
  const unknown: string[] = [];
  for (const file of files) {
    for (const q of readQueryFile(path.join(dir, file))) {
      for (const what of EXPECTATIONS) {
        for (const id of q[`expect_${what}`] ?? [])
          if (!known.has(`${kindOf[what]}:${id}`)) unknown.push(`${file} ${q.id}: ${what} ${id}`);
      }
    }
  }
  assert.deepEqual(unknown, []);
});
