import assert from "node:assert/strict";
import { test } from "node:test";
import { loadContent } from "../content/load";
import { buildDecoderData, parseDecoderData } from "./data";

const data = buildDecoderData(loadContent().content);

test("the site's decoder data passes its own schema", () => {
  assert.deepEqual(parseDecoderData(JSON.parse(JSON.stringify(data)), "/decoder.json"), data);
});

test("decoder data of an older version is refused with a clear message", () => {
  assert.throws(() => parseDecoderData({ ...data, version: 1 }, "/decoder.json"), /version 1 is not 2: rebuild/);
});

test("a name pointing beyond the terms is refused", () => {
  const bad = { ...data, names: [["Ghost", data.terms.length]] };
  assert.throws(() => parseDecoderData(bad, "/decoder.json"), /"Ghost" points at term/);
});
