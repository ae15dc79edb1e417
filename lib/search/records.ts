import type { GlossaryEntry } from "../content/glossary";
import type { ReadingList } from "../content/reading-lists";
import type { DocsNode } from "../docs-map/load";
import { routes } from "../routes";
import { foldQuery } from "../text/normalize";
import type { IndexableRecord } from "./types";

/** Splits a Markdown body into `## ` sections: heading text and everything under it. */
function sections(body: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [{ heading: "", text: "" }];
  for (const line of body.split("\n")) {
    const m = /^##\s+(.*)$/.exec(line);
    if (m) out.push({ heading: m[1] ?? "", text: "" });
    else {
      const last = out[out.length - 1];
      if (last) last.text += `${line}\n`;
    }
  }
  return out;
}

/** Markdown reduced to its words: link targets, code fences and table rules dropped. */
function plainText(md: string): string {
  return md
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[`*_#>|[\]-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** One record per sense, so a query can land on `/glossary/cluster/#envoy`. */
export function glossaryRecords(entries: readonly GlossaryEntry[]): IndexableRecord[] {
  const records: IndexableRecord[] = [];
  for (const e of entries) {
    const parts = sections(e.body);
    const labels = new Set(e.senses.map((s) => foldQuery(s.label)));
    for (const [order, s] of e.senses.entries()) {
      // A sense's own section of the body, plus the sections that belong to no one sense.
      const own = parts.filter((p) => foldQuery(p.heading) === foldQuery(s.label) || !labels.has(foldQuery(p.heading)));
      records.push({
        kind: "term",
        id: e.slug,
        sense: s.id,
        context: s.context,
        title: e.term,
        subtitle: s.label,
        url: routes.term(e.slug, s.id),
        text: s.short,
        order,
        aliases: [e.slug.replace(/-/g, " "), ...e.aliases],
        cues: s.cues,
        body: plainText(own.map((p) => `${p.heading}\n${p.text}`).join("\n")),
      });
    }
  }
  return records;
}

/** One record per docs page; headings ride along so a match on one can link to its anchor. */
export function docsRecords(
  pages: readonly DocsNode[],
  termsByPage: ReadonlyMap<string, readonly string[]>,
  glossary: readonly GlossaryEntry[],
): IndexableRecord[] {
  const bySlug = new Map(glossary.map((e) => [e.slug, e]));
  return pages.map((p) => {
    const terms = (termsByPage.get(p.path) ?? []).flatMap((slug) => bySlug.get(slug) ?? []);
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
      cues: [],
      keywords: p.keywords,
      headings: p.headings,
      // The glossary's vocabulary for the page: its terms and their aliases (VS, DR, mTLS...).
      body: terms.map((e) => [e.term, ...e.aliases].join(" ; ")).join(" ; "),
    };
  });
}

/** One record per reading list, found by its title, audience, outcome and the names of its steps. */
export function listRecords(
  lists: readonly ReadingList[],
  stepTitles: (l: ReadingList) => string[],
): IndexableRecord[] {
  return lists.map((l) => ({
    kind: "list",
    id: l.slug,
    sense: null,
    context: null,
    title: l.title,
    subtitle: `Reading list · about ${l.minutes} min`,
    url: routes.readingList(l.slug),
    text: l.outcome,
    order: 0,
    aliases: [l.slug.replace(/-/g, " ")],
    cues: l.stages.map((s) => s.title),
    keywords: [l.audience],
    body: stepTitles(l).join(" ; "),
  }));
}
