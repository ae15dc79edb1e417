import { DOCS_PREFIX, pathFromUrl } from "../docs-map/ids";
import type { DocsPage } from "../docs-map/schema";
import { splitTermRef } from "../source/term-ref";
import { nameWords as matchWords } from "../text/normalize";
import type { GlossaryEntry } from "./glossary";

/** Where a term's name appears on a page, strongest first. */
const WEIGHT = { title: 3, keyword: 2, heading: 1 } as const;
const MAX_TERMS_PER_PAGE = 10;
const MAX_PAGES_PER_TERM = 12;

function contains(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Names worth matching: whole words long enough not to hit by accident. */
function matchNames(e: GlossaryEntry): string[][] {
  return [e.term, ...e.aliases]
    .map((n) => matchWords(n))
    .filter((t) => t.length > 1 || (t[0] !== undefined && t[0].length >= 4));
}

/** "https://istio.io/latest/docs/ops/x/#anchor" -> "ops/x"; undefined for any other site or release. */
function istioDocsPath(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const u = new URL(url);
  return u.host === "istio.io" && u.pathname.startsWith(DOCS_PREFIX) ? pathFromUrl(u.pathname) : undefined;
}

export type TermLinks = {
  /** docs path -> glossary terms, best first: a slug, or `slug#sense` where the annotations name one sense */
  termsByPage: Map<string, string[]>;
  /** slug -> docs paths, best first */
  pagesByTerm: Map<string, string[]>;
};

/**
 * Links glossary terms and docs pages both ways: a term is linked to a page whose title, keywords or headings
 * name it (term or alias), plus the pairs kept by hand in the annotations.
 */
export function linkTermsAndPages(
  glossary: readonly GlossaryEntry[],
  pages: readonly DocsPage[],
  handKept: ReadonlyMap<string, readonly string[]>,
): TermLinks {
  const scored: { slug: string; path: string; score: number; depth: number }[] = [];
  const pageTexts = pages.map((p) => ({
    page: p,
    title: matchWords(`${p.title} ${p.linktitle ?? ""}`),
    keywords: p.keywords.map(matchWords),
    headings: p.headings.map((h) => matchWords(h.text)),
  }));
  for (const e of glossary) {
    const names = matchNames(e);
    for (const t of pageTexts) {
      let score = 0;
      for (const name of names) {
        // A title that is the name says more than one that merely contains it.
        if (contains(t.title, name)) score = Math.max(score, (WEIGHT.title * name.length * 2) / (t.title.length + 1));
        else if (t.keywords.some((k) => contains(k, name))) score = Math.max(score, WEIGHT.keyword * name.length);
        else if (t.headings.some((h) => contains(h, name))) score = Math.max(score, WEIGHT.heading * name.length);
      }
      if (score > 0) scored.push({ slug: e.slug, path: t.page.path, score, depth: t.page.path.split("/").length });
    }
  }
  const pagesByTerm = new Map<string, string[]>();
  const termsByPage = new Map<string, string[]>();
  // A term once per page: a sense named by hand stands for the term, and the matcher adds no second link to it.
  const add = (map: Map<string, string[]>, key: string, value: string, max: number) => {
    const list = map.get(key) ?? [];
    const slug = splitTermRef(value)[0];
    if (!list.some((v) => splitTermRef(v)[0] === slug) && list.length < max) list.push(value);
    map.set(key, list);
  };
  for (const [path, refs] of handKept) {
    for (const ref of refs) {
      add(termsByPage, path, ref, Number.POSITIVE_INFINITY);
      add(pagesByTerm, splitTermRef(ref)[0], path, Number.POSITIVE_INFINITY);
    }
  }
  // A sense's official reading names the istio.io page that explains it: a link made by whoever wrote the sense.
  const known = new Set(pages.map((p) => p.path));
  for (const e of glossary)
    for (const s of e.senses)
      for (const d of s.docs ?? []) {
        const path = istioDocsPath(d.url);
        if (path === undefined || !known.has(path)) continue;
        add(termsByPage, path, `${e.slug}#${s.id}`, Number.POSITIVE_INFINITY);
        add(pagesByTerm, e.slug, path, Number.POSITIVE_INFINITY);
      }
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.depth - b.depth || a.path.localeCompare(b.path));
  for (const s of ranked) {
    add(pagesByTerm, s.slug, s.path, MAX_PAGES_PER_TERM);
    add(termsByPage, s.path, s.slug, MAX_TERMS_PER_PAGE);
  }
  return { termsByPage, pagesByTerm };
}
