import type { z } from "zod";
import type { GlossaryEntry } from "../content/glossary";
import type { Content } from "../content/load";
import { resolveStep } from "../content/resolve-step";
import { routes } from "../routes";
import type { docsMapApiSchema, readingListsApiSchema, termApiSchema, termsApiSchema } from "./schemas";

const senseUrl = (slug: string, id: string) => routes.term(slug, id);

export function termsApi(content: Content): z.infer<typeof termsApiSchema> {
  return {
    version: 1,
    terms: content.glossary.map((e) => ({
      slug: e.slug,
      term: e.term,
      url: routes.term(e.slug),
      aliases: e.aliases,
      tags: e.tags,
      legacy: e.legacy !== undefined,
      senses: e.senses.map((s) => ({
        id: s.id,
        context: s.context,
        label: s.label,
        short: s.short,
        url: senseUrl(e.slug, s.id),
      })),
    })),
  };
}

export function termApi(e: GlossaryEntry, content: Content): z.infer<typeof termApiSchema> {
  const byPath = new Map((content.docsMap?.pages ?? []).map((p) => [p.path, p.id]));
  return {
    version: 1,
    slug: e.slug,
    term: e.term,
    url: routes.term(e.slug),
    aliases: e.aliases,
    tags: e.tags,
    legacy: e.legacy ? { removed_in: e.legacy.removed_in, replaced_by: e.legacy.replaced_by } : null,
    senses: e.senses.map((s) => ({
      id: s.id,
      context: s.context,
      label: s.label,
      short: s.short,
      url: senseUrl(e.slug, s.id),
      docs: s.docs,
      cues: s.cues,
      example: s.example ?? null,
    })),
    confused_with: e.confused_with,
    related: e.related,
    prerequisites: e.prerequisites,
    docs_pages: (content.links.pagesByTerm.get(e.slug) ?? []).flatMap((p) => byPath.get(p) ?? []),
  };
}

export function docsMapApi(content: Content): z.infer<typeof docsMapApiSchema> {
  const byPath = new Map((content.docsMap?.pages ?? []).map((p) => [p.path, p.id]));
  return {
    version: 2,
    release: content.docsMap?.release ?? "",
    reference_source: content.docsMap?.referenceSource ?? null,
    releases: (content.docsMap?.releases ?? []).map((r) => ({
      release: r.release,
      link_version: r.linkVersion,
      as_of: r.asOf,
      source: r.source,
      page_count: r.pageCount,
    })),
    pages: (content.docsMap?.pages ?? []).map((p) => ({
      id: p.id,
      url: p.url,
      map_url: routes.docsMapNode(p.path),
      title: p.title,
      parent: p.parent === null ? null : (byPath.get(p.parent) ?? null),
      breadcrumb: p.breadcrumb,
      headings: p.headings,
      summary: p.summary,
      answers: p.answers,
      terms: content.links.termsByPage.get(p.path) ?? [],
      differs: p.differs.map((d) => ({
        release: d.release,
        kind: d.kind,
        title: d.kind === "renamed" ? d.title : null,
      })),
      reference: p.reference.map((f) => ({
        name: f.name,
        kind: f.kind,
        anchor: f.anchor ?? null,
        of: f.of ?? null,
        path: f.path ?? null,
        api: f.api ?? null,
        home: f.home === true,
      })),
      uses: p.uses,
    })),
  };
}

export function readingListsApi(content: Content): z.infer<typeof readingListsApiSchema> {
  return {
    version: 1,
    lists: content.readingLists.map((l) => ({
      slug: l.slug,
      title: l.title,
      url: routes.readingList(l.slug),
      audience: l.audience,
      outcome: l.outcome,
      minutes: l.minutes,
      stages: l.stages.map((s) => ({
        title: s.title,
        steps: s.steps.map((step) => {
          const r = resolveStep(step, content);
          return { kind: r.kind, title: r.title, href: r.href, minutes: r.minutes, note: r.note };
        }),
      })),
    })),
  };
}
