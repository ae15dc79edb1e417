import assert from "node:assert/strict";
import { test } from "node:test";
import type { DocsPage } from "../docs-map/schema";
import type { GlossaryEntry } from "./glossary";
import { glossaryFrontMatterSchema } from "./schema";
import { linkTermsAndPages } from "./term-links";

const page = (path: string, title: string): DocsPage => ({
  path,
  title,
  weight: null,
  parent: null,
  headings: [],
  keywords: [],
  aliases: [],
});

function entry(slug: string, term: string, senses: { id: string; url: string }[]): GlossaryEntry {
  const data = glossaryFrontMatterSchema.parse({
    term,
    tags: ["traffic"],
    reviewed: "2026-12-04",
    checked_against: ["Istio 1.31"],
    senses: senses.map((s) => ({
      id: s.id,
      context: "istio",
      label: `${term} (${s.id})`,
      short: `A short definition of ${term} for the ${s.id} reading, long enough to pass.`,
      cues: [term],
      docs: [{ title: "Official page", url: s.url }],
    })),
  });
  return { ...data, slug, body: "", file: `glossary/${slug}.md` };
}

test("a sense's official istio.io page links that sense, though the page's title never names the term", () => {
  const glossary = [
    entry("tcp-route", "TCPRoute", [
      { id: "gateway-api", url: "https://istio.io/latest/docs/tasks/traffic-management/ingress/gateway-api/#tcp" },
    ]),
    // Another site, or another release's copy, is not a page of the map.
    entry("tls-route", "TLSRoute", [
      { id: "gateway-api", url: "https://gateway-api.sigs.k8s.io/tasks/traffic-management/ingress/gateway-api/" },
    ]),
  ];
  const pages = [
    page("tasks/traffic-management/ingress/gateway-api", "Kubernetes Gateway API"),
    page("tasks/traffic-management/ingress", "Ingress"),
  ];
  const links = linkTermsAndPages(glossary, pages, new Map());
  assert.deepEqual(links.termsByPage.get("tasks/traffic-management/ingress/gateway-api"), ["tcp-route#gateway-api"]);
  assert.deepEqual(links.pagesByTerm.get("tcp-route"), ["tasks/traffic-management/ingress/gateway-api"]);
  assert.equal(links.pagesByTerm.get("tls-route"), undefined);
  assert.equal(links.termsByPage.get("tasks/traffic-management/ingress"), undefined);
});
