import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { loadContent } from "../content/load";
import { siteEngine } from "./site-engine";

const homes = new Set(
  (loadContent().content.docsMap?.pages ?? []).flatMap((p) => p.reference.filter((f) => f.home).map((f) => f.name)),
);
const homed = (name: string) => homes.has(name);

type Sample = { sample: { name: string; kind: string; page: string; anchor: string | null }[] };

test("an exact field, value, annotation, flag, variable, command or metric name finds its page first", () => {
  const { sample } = JSON.parse(readFileSync("lib/regression/__fixtures__/reference-sample.json", "utf8")) as Sample;
  assert.equal(sample.length, 50);
  // A name several pages define (an environment variable every binary lists) leads to its home, the command
  // whose sources define it (env-homes.json), and to any of them when it has none.
  const pagesOf = new Map<string, Set<string>>();
  for (const p of loadContent().content.docsMap?.pages ?? [])
    for (const f of p.reference)
      if (f.home) pagesOf.set(f.name, new Set([p.id]));
      else if (!homed(f.name)) pagesOf.set(f.name, new Set([...(pagesOf.get(f.name) ?? []), p.id]));
  const wrong = sample.flatMap((s) => {
    const first = siteEngine()
      .search(s.name, { limit: 20 })
      .find((r) => r.kind === "doc");
    const ok = first !== undefined && pagesOf.get(s.name)?.has(first.id) === true;
    return ok ? [] : [`${s.name} (${s.kind}): first page ${first?.id ?? "none"}, want ${s.page}`];
  });
  assert.deepEqual(wrong, []);
});

test("a variable that every command page lists leads to the page of the command that defines it", () => {
  for (const [name, page] of [
    ["PILOT_ENABLE_ALPHA_GATEWAY_API", "pilot-discovery"],
    ["PILOT_TRACE_SAMPLING", "pilot-discovery"],
  ] as const) {
    const pages = siteEngine()
      .search(name, { limit: 5 })
      .filter((r) => r.kind === "doc")
      .map((r) => r.id);
    assert.equal(pages[0], `/latest/docs/reference/commands/${page}/`, name);
    assert.match(siteEngine().search(name, { limit: 1 })[0]?.why ?? "", new RegExp(`registered in ${page}'s own code`));
    assert.ok(pages.length >= 3, `${name}: the other pages that list it follow`);
  }
});

test("a config field's name brings the glossary entry of the kind that holds it, next to its page", () => {
  const cases: [string, string][] = [
    ["extensionProviders", "mesh-config#istio"],
    ["SIDECAR_INBOUND", "envoy-filter#istio"],
    ["LEAST_REQUEST", "destination-rule#istio"],
  ];
  for (const [name, want] of cases) {
    const [fact, kind] = siteEngine().search(name, { limit: 2 });
    assert.equal(fact?.match, "reference", name);
    assert.equal(`${kind?.id}#${kind?.sense}`, want, name);
  }
});
