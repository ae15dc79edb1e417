import type { Context } from "../contexts";
import { routes } from "../routes";
import type { Content } from "./registry";
import type { ReadingStep } from "./schema";

/** A reading-list step with what it points at looked up: ready to render, print or export. */
export type ResolvedStep = {
  key: string;
  kind: "term" | "compare" | "error" | "doc" | "url";
  title: string;
  /** Site path for our own pages, full URL for istio.io and other sites. */
  href: string;
  external: boolean;
  context: Context | null;
  minutes: number;
  note: string;
};

export function resolveStep(step: ReadingStep, content: Content): ResolvedStep {
  const base = { key: stepKey(step), minutes: step.minutes, note: step.note, context: null };
  if (step.term) {
    const [slug = "", senseId] = step.term.split("#", 2);
    const entry = content.glossary.find((e) => e.slug === slug);
    const sense = entry?.senses.find((s) => s.id === senseId);
    return {
      ...base,
      kind: "term",
      title: step.title ?? (sense ? `${entry?.term ?? slug}: ${sense.label}` : (entry?.term ?? slug)),
      href: routes.term(slug, senseId),
      external: false,
      context: sense?.context ?? null,
    };
  }
  if (step.compare) {
    const card = content.compare.find((c) => c.id === step.compare);
    return {
      ...base,
      kind: "compare",
      title: step.title ?? card?.title ?? step.compare,
      href: routes.compare(step.compare),
      external: false,
    };
  }
  if (step.error) {
    const page = content.errors.find((e) => e.id === step.error);
    return {
      ...base,
      kind: "error",
      // Some titles start with their code already ("BlackHoleCluster (traffic deliberately dropped)").
      title:
        step.title ??
        (page ? (page.title.startsWith(page.code) ? page.title : `${page.code}: ${page.title}`) : step.error),
      href: routes.error(step.error),
      external: false,
    };
  }
  if (step.doc) {
    const page = content.docsMap?.pages.find((p) => p.id === step.doc);
    return {
      ...base,
      kind: "doc",
      title: step.title ?? (page ? [...page.breadcrumb, page.title].join(" › ") : step.doc),
      href: page?.url ?? `https://istio.io${step.doc}`,
      external: true,
    };
  }
  return { ...base, kind: "url", title: step.title ?? step.url ?? "", href: step.url ?? "", external: true };
}

/** What a step points at, as one string ("term:cluster#envoy", "doc:/latest/docs/..."), to spot duplicates. */
export function stepKey(step: ReadingStep): string {
  if (step.term) return `term:${step.term}`;
  if (step.compare) return `compare:${step.compare}`;
  if (step.error) return `error:${step.error}`;
  if (step.doc) return `doc:${step.doc}`;
  return `url:${step.url ?? ""}`;
}
