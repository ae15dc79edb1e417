import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CONTEXT_WORDS } from "../contexts";
import { DECODER_DATA_VERSION, type DecoderData } from "./data";
import { createReader } from "./read";
import { MAX_READ_CHARS, readingMarks } from "./reading";

/** A tiny world: one overloaded term and a handful of errors, so each rule is seen alone. */
const data: DecoderData = {
  version: DECODER_DATA_VERSION,
  terms: [
    {
      slug: "cluster",
      term: "Cluster",
      senses: [
        {
          id: "kubernetes",
          context: "kubernetes",
          label: "Kubernetes cluster",
          short: "k",
          cues: ["kubectl"],
          kinds: [],
        },
        { id: "envoy", context: "envoy", label: "Envoy cluster", short: "e", cues: ["proxy-config"], kinds: [] },
      ],
    },
  ],
  names: [["cluster", 0]],
  contextWords: CONTEXT_WORDS,
  overloaded: ["cluster"],
  errors: [
    {
      id: "uf",
      code: "UF",
      kind: "response-flag",
      title: "t",
      short: "s",
      names: ["UpstreamConnectionFailure", "upstream_reset_before_response_started"],
    },
    {
      id: "uc",
      code: "UC",
      kind: "response-flag",
      title: "t",
      short: "s",
      names: ["upstream_reset_before_response_started"],
    },
    { id: "nr", code: "NR", kind: "response-flag", title: "t", short: "s", names: ["route_not_found"] },
    { id: "ist0101", code: "IST0101", kind: "analyzer", title: "t", short: "s", names: ["ReferencedResourceNotFound"] },
    { id: "nhu", code: "no healthy upstream", kind: "message", title: "t", short: "s", names: [] },
    { id: "ist0001", code: "IST0001", kind: "analyzer", title: "t", short: "s", names: ["InternalError"] },
  ],
};
const read = createReader(data);
const codes = (text: string) => read(text).codes.map((c) => `${c.surface}=${c.error}`);

describe("reading codes", () => {
  test("a short flag is a code only where it is written as one", () => {
    assert.deepEqual(codes("got a 503 UF from reviews"), ["UF=uf"]);
    assert.deepEqual(codes("the UF flag, then NR response flags"), ["UF=uf", "NR=nr"]);
    assert.deepEqual(codes("NR is a name; UF means nothing here"), []);
  });

  test("a spelling several errors share names none of them; one owned by a single error names it", () => {
    assert.deepEqual(codes("upstream_reset_before_response_started"), []);
    assert.deepEqual(codes("details: route_not_found"), ["route_not_found=nr"]);
  });

  test("kubectl's 'Error from server (Reason)' is the API server's reason, not a code of that name", () => {
    assert.deepEqual(codes('Error from server (InternalError): failed calling webhook "validation.istio.io"'), []);
    assert.deepEqual(codes("Error [IST0001] InternalError in the toolchain"), [
      "IST0001=ist0001",
      "InternalError=ist0001",
    ]);
  });

  test("codes and messages as written, case-insensitive, never inside a longer word", () => {
    assert.deepEqual(codes("IST0101 and No Healthy Upstream"), ["IST0101=ist0101", "No Healthy Upstream=nhu"]);
    assert.deepEqual(codes("IST01011 no healthy upstreams"), []);
  });

  test("a code is not also read as a term, and each part of a cluster name is explained", () => {
    const r = read('"GET / HTTP/1.1" 503 UF - outbound|9080|v1|reviews.shop.svc.cluster.local');
    assert.deepEqual(
      r.parts.map((p) => [p.role, p.surface, p.term && `${p.term}#${p.sense}`]),
      [
        ["response-code", "503", undefined],
        ["cluster-name", "outbound|9080|v1|reviews.shop.svc.cluster.local", "cluster#envoy"],
        ["direction", "outbound", undefined],
        ["port", "9080", "port#kubernetes"],
        ["subset", "v1", "subset#istio"],
        ["host", "reviews.shop.svc.cluster.local", "host#istio"],
        // The FQDN inside the host is a structure of its own.
        ["service", "reviews", "service#kubernetes"],
        ["namespace", "shop", "namespace#kubernetes"],
        ["dns-domain", "cluster.local", undefined],
      ],
    );
    // Marks never overlap: the status, the flag, then the smallest parts, never the whole cluster name over them.
    const marks = readingMarks(r);
    for (let i = 1; i < marks.length; i++) assert.ok((marks[i - 1]?.end ?? 0) <= (marks[i]?.start ?? 0));
    assert.deepEqual(
      marks.map((m) => m.kind),
      ["part", "code", "part", "part", "part", "part", "part", "part"],
    );
  });
});

describe("bad input", () => {
  test("a paste longer than the limit is read up to it and says so", () => {
    const big = "503 UF\n".repeat(Math.ceil((MAX_READ_CHARS * 3) / 7));
    const started = performance.now();
    const r = read(big);
    assert.equal(r.limits.truncatedFrom, big.length);
    assert.ok(r.codes.every((c) => c.end <= MAX_READ_CHARS));
    assert.ok(r.codes.length > 1000);
    // Not a timing test: a sanity bound far above the bench's numbers, against a quadratic slip.
    assert.ok(performance.now() - started < 60_000);
  });

  test("binary garbage is read as spaces and flagged, offsets unchanged", () => {
    const text = "\u0000\u0001\u0002PNG\u0000 got 503 UF \u0007";
    const r = read(text);
    assert.equal(r.limits.binary, true);
    assert.deepEqual(
      r.codes.map((c) => [c.surface, text.slice(c.start, c.end)]),
      [["UF", "UF"]],
    );
    assert.equal(read("plain text").limits.binary, false);
    const glued = "kubectl\u0000cluster\u0007 outbound|80||web.shop.svc.cluster.local";
    const all = read(glued);
    for (const a of [...all.terms, ...all.codes, ...all.parts]) assert.equal(glued.slice(a.start, a.end), a.surface);
    assert.ok(all.terms.length > 0 && all.parts.length > 0);
  });
});
