import { type DocsMap, type DocsNode, loadDocsMap } from "../docs-map/load";
import type { IndexableRecord } from "../search/types";
import type { Problem } from "../source/problems";
import { splitTermRef } from "../source/term-ref";
import { senseWrites } from "../text/normalize";
import type { ErrorPage } from "./errors";
import type { GlossaryEntry } from "./glossary";
import { defineKind } from "./kind";
import { scanMarkdown } from "./markdown-scan";
import { checkTarget } from "./validate-body";

/** The docs map: Istio's docs pages as imported (`docs-map/pages.json`) with what we wrote about each. */
export const docsMapKind = defineKind<DocsMap | null>({
  files: "docs-map/annotations.yaml",
  load(root) {
    const { docsMap, problems } = loadDocsMap(root);
    const sources = new Map(docsMap?.annotations ? [["annotations", docsMap.annotations]] : []);
    // A map that is there but could not be read leaves links into it unchecked: its own problems explain them.
    return {
      value: docsMap,
      sources,
      problems,
      ...(!docsMap && problems.length > 0 && { unreadable: "all" as const }),
    };
  },
  targets: (map) => ({
    segment: "docs",
    noun: "a page of the docs map",
    ids: new Map((map?.pages ?? []).map((p) => [p.id, null])),
  }),
  validate(map, sources, { targets }) {
    const source = sources.get("annotations");
    const problems: Problem[] = [];
    if (!map || !source) return problems;
    for (const page of map.pages) {
      // A summary is inline Markdown: `<name>` outside backticks would vanish as an HTML tag.
      for (const h of page.summary ? scanMarkdown(page.summary).html : []) {
        problems.push({
          file: source.file,
          ...source.locate([page.path, "summary"]),
          message: `raw HTML is not allowed in a summary (found ${JSON.stringify(h.value.slice(0, 40))}); put code in backticks`,
        });
      }
      page.terms.forEach((ref, i) => {
        const [slug, sense] = splitTermRef(ref);
        const why = checkTarget(targets, "glossary", slug, sense);
        if (why)
          problems.push({
            file: source.file,
            ...source.locate([page.path, "terms", i]),
            message: `"${page.path}" ${why.startsWith("names") ? why : `names "${ref}", but ${why}`}`,
          });
      });
    }
    return problems;
  },
  records: (map, content) =>
    docsRecords(map?.pages ?? [], content.links.termsByPage, content.glossary, explainedErrors(content.errors)),
});

/** One record per docs page; headings ride along so a match on one can link to its anchor. */
export function docsRecords(
  pages: readonly DocsNode[],
  termsByPage: ReadonlyMap<string, readonly string[]>,
  glossary: readonly GlossaryEntry[],
  explained: ReadonlyMap<string, readonly string[]> = new Map(),
): IndexableRecord[] {
  const bySlug = new Map(glossary.map((e) => [e.slug, e]));
  const kindOf = kindSenses(glossary);
  const programOf = programSenses(glossary);
  const useWeight = weighUses(pages);
  return pages.map((p) => {
    // A term's names, or for a link to one sense, its label too, and only the aliases no other sense claims: the
    // words of another sense's label or cues ("image tag" on a page about Git tags) are not the page's words.
    const names = (termsByPage.get(p.path) ?? []).flatMap((ref) => {
      const [slug, senseId] = splitTermRef(ref);
      const e = bySlug.get(slug);
      if (!e) return [];
      const sense = senseId === undefined ? undefined : e.senses.find((s) => s.id === senseId);
      if (!sense) return [[e.term, ...e.aliases]];
      const writes = (s: GlossaryEntry["senses"][number], alias: string) => senseWrites(alias, s.label, s.cues);
      const claimed = (alias: string) => !writes(sense, alias) && e.senses.some((s) => s !== sense && writes(s, alias));
      return [[e.term, sense.label, ...e.aliases.filter((a) => !claimed(a))]];
    });
    return {
      kind: "doc",
      id: p.id,
      sense: null,
      context: null,
      title: p.title,
      subtitle: p.breadcrumb.join(" › "),
      url: p.url,
      text: p.summary ?? "",
      order: 0,
      aliases: [
        ...(p.linktitle ? [p.linktitle] : []),
        (p.path.split("/").pop() ?? "").replace(/[-_]/g, " "),
        ...p.aliases,
      ],
      // The questions the page answers, in readers' words: found like its headings.
      cues: p.answers,
      links: [...(termsByPage.get(p.path) ?? [])],
      ...(explained.has(p.id) ? { explains: [...(explained.get(p.id) ?? [])] } : {}),
      keywords: p.keywords,
      headings: p.headings,
      // The glossary's vocabulary for the page: its terms and their aliases (VS, DR, mTLS...). The names of what
      // it defines are found exactly through the fact table, not as prose words: a page of 300 variable names
      // would otherwise answer every question that shares a word with one of them.
      body: names.map((n) => n.join(" ; ")).join(" ; "),
      reference: p.reference.map((f) => ({
        name: f.name,
        kind: f.kind,
        ...(f.anchor ? { anchor: f.anchor } : {}),
        ...(f.of ? { of: f.of } : {}),
        ...(f.path ? { path: f.path } : f.root ? { path: f.root } : {}),
        ...(f.root ? termOfKind(kindOf, f.root, f.api) : {}),
        ...(f.kind === "env" && f.home && f.of ? programTerm(programOf, f.of) : {}),
        ...(f.home ? { home: true } : {}),
      })),
      uses: p.uses.map((u) => ({ name: u.name, weight: useWeight(u.name, u.count) })),
    };
  });
}

/** Per docs page, the error pages that name it as the page explaining them, in error order. */
function explainedErrors(errors: readonly ErrorPage[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) if (e.docs_page) out.set(e.docs_page, [...(out.get(e.docs_page) ?? []), e.id]);
  return out;
}

/**
 * The senses that are a config kind, found by the API group and kind a fact's page documents: the sense whose
 * `kinds` list `networking.istio.io/EnvoyFilter`, or for a kind with no API group of its own (MeshConfig) the
 * entry of that name when it has a single sense.
 */
function kindSenses(glossary: readonly GlossaryEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of glossary) {
    for (const s of e.senses) for (const k of s.kinds ?? []) out.set(k.toLowerCase(), `${e.slug}#${s.id}`);
    if (e.senses.length === 1 && e.senses[0]) out.set(e.term.toLowerCase(), `${e.slug}#${e.senses[0].id}`);
  }
  return out;
}

/**
 * The entries of one sense by each of their names, lower-case: a program a reference page documents
 * (`pilot-discovery`) is the glossary's istiod, which writes that name among its aliases.
 */
function programSenses(glossary: readonly GlossaryEntry[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of glossary) {
    const only = e.senses.length === 1 ? e.senses[0] : undefined;
    if (only) for (const name of [e.term, ...e.aliases]) out.set(name.toLowerCase(), `${e.slug}#${only.id}`);
  }
  return out;
}

/** The term of the program that reads an environment variable in its own code, if the glossary has it. */
function programTerm(programOf: ReadonlyMap<string, string>, program: string): { term?: string } {
  const term = programOf.get(program.toLowerCase());
  return term ? { term } : {};
}

/** The sense a fact's root kind is (`EnvoyFilter` in networking.istio.io/v1alpha3), if the glossary has it. */
function termOfKind(kindOf: ReadonlyMap<string, string>, root: string, api?: string): { term?: string } {
  // The operator's root message is IstioOperatorSpec; its kind is IstioOperator.
  const kind = root.replace(/Spec$/, "").toLowerCase();
  const group = api?.split("/")[0];
  const term = (group ? kindOf.get(`${group}/${kind}`) : undefined) ?? kindOf.get(kind);
  return term ? { term } : {};
}

/**
 * How much a page's use of a reference name says it is about it, 0..1: how often it writes the name (1 use 0.5,
 * 3 uses 0.75), times how rare pages writing it are (a name on every page, such as `apiVersion`, says little).
 */
function weighUses(pages: readonly DocsNode[]): (name: string, count: number) => number {
  const pagesWriting = new Map<string, number>();
  let writers = 0;
  for (const p of pages) {
    if (p.uses.length > 0) writers++;
    for (const u of p.uses) pagesWriting.set(u.name, (pagesWriting.get(u.name) ?? 0) + 1);
  }
  return (name, count) => {
    const rarity = Math.log(1 + writers / (pagesWriting.get(name) ?? 1)) / Math.log(1 + writers);
    return (count / (count + 1)) * rarity;
  };
}
