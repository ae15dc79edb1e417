import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { loadContent } from "../content/load";
import { buildDecoderData } from "../decoder/data";
import { createDecoder } from "../decoder/decode";
import { type PassageLabel, readPassages } from "../eval/passages";

const decode = createDecoder(buildDecoderData(loadContent().content));

function find(text: string, surface: string, occurrence = 1): number {
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(surface, at + 1);
  return at;
}

describe("pinned passages keep their readings", () => {
  const passages = new Map(readPassages("bench/passages/passages.json").map((p) => [p.id, p]));
  const pinned = JSON.parse(readFileSync("lib/regression/__fixtures__/pinned-passages.json", "utf8")) as {
    id: string;
    labels: PassageLabel[];
  }[];
  assert.ok(pinned.length >= 15);
  for (const { id, labels } of pinned) {
    test(id, () => {
      const p = passages.get(id);
      assert.ok(p, `passage ${id}`);
      const annotations = decode(p.text);
      for (const l of labels) {
        const at = find(p.text, l.surface, l.occurrence);
        const a = annotations.find((x) => x.term === l.term && x.start < at + l.surface.length && x.end > at);
        assert.ok(a, `"${l.surface}" (${l.term}) found`);
        assert.equal(`${a.term}#${a.sense}`, `${l.term}#${l.sense}`, `"${l.surface}": ${a.reason}`);
      }
    });
  }
});
