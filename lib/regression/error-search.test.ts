import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadContent } from "../content/load";
import { siteEngine } from "./site-engine";

const { content } = loadContent("content");
const first = (q: string, n = 3) =>
  siteEngine()
    .search(q, { limit: n })
    .map((r) => `${r.kind}:${r.id}`);

/** Who spells what: a spelling several errors share names a family, not one page. */
const owners = new Map<string, Set<string>>();
for (const e of content.errors)
  for (const n of [e.code, ...e.names])
    owners.set(n.toLowerCase(), (owners.get(n.toLowerCase()) ?? new Set()).add(e.id));
/** Spellings a glossary term has as its own name or alias: the term is the likelier meaning (DR, DestinationRule). */
const termSpellings = new Set(content.glossary.flatMap((t) => [t.term, ...t.aliases]).map((n) => n.toLowerCase()));

describe("every error page is found first by its exact code and each of its own spellings", () => {
  for (const e of content.errors) {
    test(`${e.id}: ${e.code}`, () => {
      for (const spelling of [e.code, ...e.names]) {
        if ((owners.get(spelling.toLowerCase())?.size ?? 0) > 1 || spelling.includes("<")) continue;
        const got = first(spelling);
        if (termSpellings.has(spelling.toLowerCase())) {
          // Typed alone, "DR" is DestinationRule first; the flag is next.
          assert.equal(got[1], `error:${e.id}`, `${spelling}: ${got.join(" ")}`);
        } else assert.equal(got[0], `error:${e.id}`, `${spelling}: ${got.join(" ")}`);
      }
    });
  }
});

describe("codes inside what people paste", () => {
  test("a list of flags gives each flag", () => {
    assert.deepEqual(first("UF,URX", 2).sort(), ["error:uf", "error:urx"]);
    assert.deepEqual(first("503 UF,URX", 2).sort(), ["error:uf", "error:urx"]);
  });

  test("capitals that are not all flags are words, not codes", () => {
    assert.equal(
      siteEngine()
        .search("TCP,UDP", { limit: 5 })
        .filter((r) => r.match === "exact-name").length,
      0,
    );
  });

  test("a rule istiod's validation enforces, pasted alone or wrapped, names the validation webhook's page", () => {
    // Copied from istio/istio's pkg/config/validation (content/printed/istiod-validation.json).
    assert.equal(first("HTTP route cannot contain both route and redirect")[0], "error:validation-webhook-denied");
    assert.equal(
      first("virtualservice reviews: tls route must have at least one match condition")[0],
      "error:validation-webhook-denied",
    );
    // Wrapped by an analyzer, the analyzer's message comes first and so does its page.
    assert.deepEqual(first("Schema validation error: HTTP route, redirect or direct_response is required", 2), [
      "error:ist0106",
      "error:validation-webhook-denied",
    ]);
  });

  test("a message inside a longer paste, with its real values, leads", () => {
    assert.equal(
      first(
        'Internal error occurred: failed calling webhook "namespace.sidecar-injector.istio.io": failed to call webhook: Post "https://istiod.istio-system.svc:443/inject?timeout=10s": context deadline exceeded',
      )[0],
      "error:sidecar-injector-webhook-failed",
    );
    // The 503 body names its reset reason: the flag that reason sets leads, and the page on the message as a
    // whole (every reason, every cause) is among the first three.
    const body = first("upstream connect error or disconnect/reset before headers. reset reason: connection failure");
    assert.equal(body[0], "error:uf");
    assert.ok(body.includes("error:upstream-connect-error"), body.join(" "));
    assert.equal(
      first("upstream connect error or disconnect/reset before headers. reset reason: overflow")[0],
      "error:uo",
    );
    assert.equal(first("why do I get RBAC: access denied from my gateway")[0], "error:rbac-access-denied");
  });

  test("a pasted JSON access-log line finds its flags", () => {
    const got = first(
      '{"response_code":503,"response_flags":"UH","upstream_cluster":"outbound|80||web.shop.svc.cluster.local"}',
    );
    assert.equal(got[0], "error:uh");
  });
});
