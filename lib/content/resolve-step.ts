import { routes } from "../routes";
import type { Content } from "./load";
import { stepKey } from "./reading-lists";
import type { Context, ReadingStep } from "./schema";

/** A reading-list step with what it points at looked up: ready to render, print or export. */
export type ResolvedStep = {
  key: string;
  kind: "term" | "compare" | "doc" | "url";
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
