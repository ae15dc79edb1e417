import assert from "node:assert/strict";
import { test } from "node:test";
import { CONTEXT_WORDS } from "../../lib/contexts";
import type { DecoderData } from "../../lib/decoder/data";
import { DECODER_DATA_VERSION } from "../../lib/decoder/data";
import type { Reading } from "../../lib/decoder/reading";
import { coveredByDefault, matchesPattern, parseHost } from "./hosts";
import { manifestFor } from "./manifest";
import { firstMentions, marksOf } from "./marks";
import { normalizeSiteUrl, readSettings, siteLink } from "./settings";

const BUILD = { siteUrl: "https://atlas.example.com/mesh-atlas/", hosts: [] };

test("match patterns cover the default docs hosts and only the GitHub repositories named", () => {
  assert.ok(coveredByDefault("https://istio.io/latest/docs/", []));
  assert.ok(coveredByDefault("https://preliminary.istio.io/latest/", []));
  assert.ok(coveredByDefault("https://github.com/istio/istio/issues/1", []));
  assert.ok(coveredByDefault("https://github.com/kubernetes-sigs/gateway-api/pull/2", []));
  assert.ok(!coveredByDefault("https://github.com/kubernetes/kubernetes/issues/1", []));
  assert.ok(!coveredByDefault("https://notistio.io/", []));
  assert.ok(!coveredByDefault("https://wiki.example.com/x", []));
  assert.ok(coveredByDefault("http://wiki.example.com/x", ["wiki.example.com"]));
  assert.ok(!matchesPattern("https://istio.io/*", "http://istio.io/"));
});

test("a host typed by a user is read as its host name, or refused", () => {
  assert.equal(parseHost(" Wiki.Example.com "), "wiki.example.com");
  assert.equal(parseHost("https://wiki.example.com/spaces/x"), "wiki.example.com");
  assert.equal(parseHost("not a host"), null);
  assert.equal(parseHost("ftp://files.example.com"), null);
  assert.equal(parseHost(""), null);
});

test("settings fall back to defaults for what storage lacks or holds wrongly, and links keep the base path", () => {
  assert.deepEqual(readSettings({}, BUILD), { siteUrl: BUILD.siteUrl, mentions: "first", hosts: [], off: [] });
  const odd = readSettings({ siteUrl: "javascript:alert(1)", mentions: "some", hosts: "x", off: [1] }, BUILD);
  assert.deepEqual(odd, { siteUrl: BUILD.siteUrl, mentions: "first", hosts: [], off: [] });
  assert.equal(normalizeSiteUrl("https://atlas.example.com/mesh-atlas?x#y"), "https://atlas.example.com/mesh-atlas/");
  assert.equal(siteLink(BUILD.siteUrl, "/glossary/cluster/#envoy"), `${BUILD.siteUrl}glossary/cluster/#envoy`);
});

test("the manifest declares the team's hosts and the same code for Chromium and Firefox", () => {
  const chromium = manifestFor("chromium", "1.2.3", ["wiki.example.com"]);
  const firefox = manifestFor("firefox", "1.2.3", ["wiki.example.com"]);
  assert.ok(chromium.content_scripts[0]?.matches.includes("https://wiki.example.com/*"));
  assert.deepEqual(chromium.host_permissions, firefox.host_permissions);
  assert.deepEqual(chromium.background, { service_worker: "background.js" });
  assert.deepEqual(firefox.background, { scripts: ["background.js"] });
  assert.ok(!JSON.stringify(chromium).includes("<all_urls>"), "no access to every site up front");
});

const DATA: DecoderData = {
  version: DECODER_DATA_VERSION,
  terms: [
    {
      slug: "cluster",
      term: "cluster",
      senses: [
        { id: "kubernetes", context: "kubernetes", label: "Kubernetes cluster", short: "k", cues: [], kinds: [] },
        { id: "envoy", context: "envoy", label: "Envoy cluster", short: "e", cues: [], kinds: [] },
      ],
    },
  ],
  names: [["cluster", 0]],
  contextWords: CONTEXT_WORDS,
  errors: [],
  overloaded: ["cluster"],
};

const reading = (...spans: [number, string][]): Reading => ({
  terms: spans.map(([start, sense]) => ({
    start,
    end: start + 7,
    surface: "cluster",
    term: "cluster",
    sense,
    context: sense === "envoy" ? "envoy" : "kubernetes",
    confidence: 0.8,
    alternatives: [{ sense: sense === "envoy" ? "kubernetes" : "envoy", context: "kubernetes", confidence: 0.2 }],
    reason: "cues nearby",
    unsure: false,
  })),
  codes: [],
  parts: [],
  limits: { truncatedFrom: null, binary: false },
});

test("marks carry the sense's label, the other senses by label and the sense's page", () => {
  const [m] = marksOf(reading([4, "envoy"]), DATA);
  assert.equal(m?.label, "Envoy cluster");
  assert.deepEqual(m?.alternatives, [{ label: "Kubernetes cluster", confidence: 0.2 }]);
  assert.equal(m?.path, "/glossary/cluster/#envoy");
  assert.equal(m?.key, "term:cluster#envoy");
});

test("first mentions keep the earliest mark of each sense: a word used two ways is marked at both", () => {
  const marks = marksOf(reading([0, "kubernetes"], [20, "envoy"], [40, "envoy"]), DATA);
  assert.deepEqual(
    firstMentions(marks).map((m) => m.start),
    [0, 20],
  );
});
