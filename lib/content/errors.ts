import * as z from "zod";
import { routes } from "../routes";
import type { IndexableRecord } from "../search/types";
import { loadCollection } from "../source/collection";
import type { Problem } from "../source/problems";
import { ERROR_KIND_LABELS, ERROR_KINDS } from "./error-kinds";
import { plainText } from "./glossary";
import { defineKind } from "./kind";
import { type PrintedCatalog, printedMessages } from "./printed";
import {
  checkedAgainstSchema,
  docLinkSchema,
  nonEmpty,
  reviewedSchema,
  shortSchema,
  termRefSchema,
  versionSchema,
} from "./schema";
import { checkTermRef } from "./term-refs";
import { checkBody, isTarget } from "./validate-body";

/** Who prints it: the same words mean different things from a sidecar, a gateway, a waypoint or ztunnel. */
export const COMPONENTS = [
  "sidecar",
  "gateway",
  "waypoint",
  "ztunnel",
  "istiod",
  "istioctl",
  "istio-cni",
  "pilot-agent",
  "kube-apiserver",
  "client",
] as const;

const confirmSchema = z.strictObject({
  /** A command that confirms or rules out the cause. */
  command: nonEmpty,
  /** What in its output settles it. */
  look_for: nonEmpty,
});

const causeSchema = z.strictObject({
  title: nonEmpty,
  detail: nonEmpty.optional(),
  confirm: z.array(confirmSchema).min(1, "a cause needs a command that confirms it"),
});

const docsPathIdSchema = z
  .string()
  .regex(/^\/latest\/docs\/(?:[A-Za-z0-9._-]+\/)*$/, "must be an istio.io docs path like /latest/docs/ops/");

export const errorFrontMatterSchema = z
  .strictObject({
    /** Exactly what the reader sees: the flag, the analyzer code, the message, the cluster name. */
    code: nonEmpty,
    kind: z.enum(ERROR_KINDS),
    title: nonEmpty,
    /** Every other spelling: long flag name, analyzer message name, response-code details, log values. */
    names: z.array(nonEmpty).default([]),
    /**
     * Analyzer codes: the message `istioctl analyze` prints, with Go verbs (%s, %q, %v, %d) where it varies, as in
     * istio's pkg/config/analysis/msg/messages.yaml (`npm run import-analyzer-messages`).
     */
    printed: nonEmpty.optional(),
    /** Analyzer codes: the level istioctl prints. */
    level: z.enum(["Error", "Warning", "Info"]).optional(),
    components: z.array(z.enum(COMPONENTS)).min(1, "say which component prints it"),
    /** Response flags: the access logs that can carry it. */
    protocols: z.array(z.enum(["http", "tcp"])).optional(),
    short: shortSchema,
    /** Codes, statuses and flags it is usually seen beside ("503", "URX"). */
    seen_with: z.array(nonEmpty).default([]),
    /** Most common first. */
    causes: z.array(causeSchema).min(1, "needs at least one cause"),
    terms: z.array(termRefSchema).default([]),
    docs: z.array(docLinkSchema).min(1, "needs at least one official link"),
    /** The istio.io page of the docs map that explains it. */
    docs_page: docsPathIdSchema.optional(),
    /** Analyzer codes: istio.io has no page of its own for this code. */
    missing_page: z.literal(true).optional(),
    since: versionSchema.optional(),
    until: versionSchema.optional(),
    example: nonEmpty.optional(),
    reviewed: reviewedSchema,
    checked_against: checkedAgainstSchema,
  })
  .refine((e) => (e.kind === "analyzer") === (e.level !== undefined), {
    message: "`level` goes with analyzer codes, and only with them",
    path: ["level"],
  })
  .refine((e) => e.kind === "analyzer" || e.printed === undefined, {
    message: "is only for analyzer codes: the message istioctl analyze prints",
    path: ["printed"],
  })
  .refine((e) => e.kind === "analyzer" || e.missing_page === undefined, {
    message: "`missing_page` is for analyzer codes that istio.io has no page for",
    path: ["missing_page"],
  })
  .refine((e) => !(e.missing_page && e.docs_page), {
    message: "an analyzer code with `missing_page` cannot also name a `docs_page`",
    path: ["docs_page"],
  });
export type ErrorFrontMatter = z.infer<typeof errorFrontMatterSchema>;

export type ErrorPage = ErrorFrontMatter & { id: string; body: string; file: string };

const errorsApiSchema = z.object({
  version: z.literal(1),
  errors: z.array(
    z.object({
      id: z.string(),
      url: z.string().describe("Site path of the page, e.g. /errors/uf/"),
      code: z.string().describe("Exactly what the proxy or tool prints"),
      kind: z.enum(["response-flag", "analyzer", "message", "cluster-name"]),
      title: z.string(),
      names: z.array(z.string()).describe("Other spellings: long flag name, analyzer name, response code details"),
      printed: z
        .string()
        .nullable()
        .describe("Analyzer codes: the message istioctl analyze prints, with Go verbs (%s, %q) where it varies"),
      level: z.enum(["Error", "Warning", "Info"]).nullable(),
      components: z
        .array(z.string())
        .describe("Who prints it: sidecar, gateway, waypoint, ztunnel, istiod, istioctl..."),
      short: z.string(),
      seen_with: z.array(z.string()),
      causes: z.array(
        z.object({
          title: z.string(),
          detail: z.string().nullable(),
          confirm: z.array(z.object({ command: z.string(), look_for: z.string() })),
        }),
      ),
      terms: z.array(z.string()).describe("Glossary references: slug or slug#sense"),
      docs: z.array(z.object({ title: z.string(), url: z.url() })),
      docs_page: z.string().nullable().describe("istio.io docs path of the page that explains it, on the docs map"),
      since: z.string().nullable(),
      until: z.string().nullable(),
      checked_against: z.array(z.string()),
      reviewed: z.string(),
    }),
  ),
});

function errorsApi(pages: readonly ErrorPage[]): z.infer<typeof errorsApiSchema> {
  return {
    version: 1,
    errors: pages.map((e) => ({
      id: e.id,
      url: routes.error(e.id),
      code: e.code,
      kind: e.kind,
      title: e.title,
      names: e.names,
      printed: e.printed ?? null,
      level: e.level ?? null,
      components: e.components,
      short: e.short,
      seen_with: e.seen_with,
      causes: e.causes.map((c) => ({ title: c.title, detail: c.detail ?? null, confirm: c.confirm })),
      terms: e.terms,
      docs: e.docs,
      docs_page: e.docs_page ?? null,
      since: e.since ?? null,
      until: e.until ?? null,
      checked_against: e.checked_against,
      reviewed: e.reviewed,
    })),
  };
}

/** One search record per page, found by its code, every spelling and its causes. */
function errorRecord(e: ErrorPage, printed: readonly PrintedCatalog[]): IndexableRecord {
  const patterns = [...(e.printed ? [e.printed] : []), ...printedMessages(printed, { error: e.id })];
  return {
    kind: "error",
    id: e.id,
    sense: null,
    context: null,
    title: e.code,
    subtitle: `${ERROR_KIND_LABELS[e.kind]}${e.level ? ` (${e.level})` : ""} · ${e.title}`,
    url: routes.error(e.id),
    text: e.short,
    order: 0,
    aliases: [e.title],
    codes: e.names,
    ...(patterns.length > 0 ? { patterns } : {}),
    cues: e.causes.map((c) => c.title),
    keywords: e.seen_with,
    links: [...new Set(e.terms)],
    body: plainText(e.body),
  };
}

/** The codes people paste when a mesh breaks: response flags, analyzer codes, messages, special cluster names. */
export const errorKind = defineKind<ErrorPage[]>({
  files: "errors/<id>.md",
  load(root) {
    const { items, problems, unreadable } = loadCollection(root, "errors", errorFrontMatterSchema);
    const pages = items
      .map(({ slug, data, source }) => ({ ...data, id: slug, body: source.body, file: source.file }))
      .sort((a, b) => a.code.localeCompare(b.code, "en", { sensitivity: "base" }));
    return { value: pages, sources: new Map(items.map((i) => [i.slug, i.source])), problems, unreadable };
  },
  targets: (pages) => ({ segment: "errors", noun: "an error page", ids: new Map(pages.map((e) => [e.id, null])) }),
  validate(pages, sources, { targets }) {
    const problems: Problem[] = [];
    const codes = new Map<string, string>();
    for (const page of pages) {
      const source = sources.get(page.id);
      if (!source) continue;
      const at = (path: PropertyKey[], message: string) =>
        problems.push({ file: source.file, ...source.locate(path), message });
      page.terms.forEach((ref, i) => {
        const why = checkTermRef(ref, targets);
        if (why) at(["terms", i], `\`terms\`: ${why}`);
      });
      if (page.docs_page && !isTarget(targets, "docs", page.docs_page))
        at(["docs_page"], `"${page.docs_page}" is not a page of the docs map`);
      const key = page.code.toLowerCase();
      const first = codes.get(key);
      if (first) at(["code"], `code "${page.code}" is already explained by errors/${first}.md`);
      else codes.set(key, page.id);
      problems.push(...checkBody(source, targets));
    }
    return problems;
  },
  records: (pages, content) => pages.map((e) => errorRecord(e, content.printed)),
  api: { name: "errors", schema: errorsApiSchema, build: errorsApi },
  mentions: {
    id: "errors",
    title: "Errors and codes",
    list: (pages) =>
      pages.map((e) => ({
        href: routes.error(e.id),
        label: `${e.code}: ${e.title}`,
        slugs: e.terms.map((t) => t.split("#")[0] ?? t),
      })),
  },
});
