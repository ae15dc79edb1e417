import assert from "node:assert/strict";
import { test } from "node:test";
import { loadContent } from "../content/load";
import { buildDecoderData, DECODER_DATA_VERSION, parseDecoderData } from "./data";
import { createDecoder } from "./decode";

const data = buildDecoderData(loadContent().content);

test("the site's decoder data passes its own schema", () => {
  assert.deepEqual(parseDecoderData(JSON.parse(JSON.stringify(data)), "/decoder.json"), data);
});

test("decoder data of an older version is refused with a clear message", () => {
  const old = DECODER_DATA_VERSION - 1;
  assert.throws(
    () => parseDecoderData({ ...data, version: old }, "/decoder.json"),
    new RegExp(`version ${old} is not ${DECODER_DATA_VERSION}: rebuild`),
  );
});

test("a name pointing beyond the terms is refused", () => {
  const bad = { ...data, names: [["Ghost", data.terms.length]] };
  assert.throws(() => parseDecoderData(bad, "/decoder.json"), /"Ghost" points at term/);
});

test("a cue naming a kind of its term where it is used (BlackHoleCluster) is a name the decoder finds", () => {
  const decode = createDecoder(data);
  const [mention] = decode("Requests to BlackHoleCluster show up after the change.");
  assert.equal(mention?.surface, "BlackHoleCluster");
  assert.equal(`${mention?.term}#${mention?.sense}`, "cluster#envoy");
});
