import * as z from "zod";
import { contextSchema } from "../context-schema";
import { slugSchema, termRefSchema } from "../source/ids";

export { termRefSchema };

export const TAGS = [
  "traffic",
  "security",
  "observability",
  "multicluster",
  "ambient",
  "install-upgrade",
  "kubernetes-core",
  "envoy-internals",
  "operations",
  "legacy",
] as const;
export const tagSchema = z.enum(TAGS);
export type Tag = z.infer<typeof tagSchema>;

/** Hosts whose pages count as official documentation for a sense. */
export const OFFICIAL_HOSTS = [
  "istio.io",
  "kubernetes.io",
  "www.envoyproxy.io",
  "envoyproxy.io",
  "gateway-api.sigs.k8s.io",
  "spiffe.io",
  "cert-manager.io",
  "prometheus.io",
  "grafana.com",
  "kiali.io",
  "opentelemetry.io",
  "www.jaegertracing.io",
  "helm.sh",
  "docs.tigera.io",
  "datatracker.ietf.org",
  "www.rfc-editor.org",
  "www.w3.org",
  "github.com",
] as const;

export const nonEmpty = z.string().trim().min(1, "must not be empty");

export const versionSchema = z
  .string()
  .regex(
    /^(Istio|Kubernetes|Gateway API|Envoy) v?\d+(\.\d+)*$/,
    'must look like "Istio 1.24", "Kubernetes 1.29", "Gateway API 1.0" or "Envoy 1.30"',
  );

/** When someone last checked a piece of content against the official sources, as a date. */
export const reviewedSchema = z.iso.date({ error: "must be the date it was checked, like 2026-12-04" });
/** The releases it was checked against: Istio always, other projects where it states their facts. */
export const checkedAgainstSchema = z.array(versionSchema).min(1, "name the releases it was checked against");

export const docLinkSchema = z.strictObject({
  title: nonEmpty,
  url: z
    .url({ protocol: /^https$/, error: "must be an https URL" })
    .refine((u) => (OFFICIAL_HOSTS as readonly string[]).includes(new URL(u).hostname), {
      message: `must link to an official documentation host (${OFFICIAL_HOSTS.join(", ")})`,
    }),
});
export type DocLink = z.infer<typeof docLinkSchema>;

const MAX_SHORT_WORDS = 30;

/** One sentence that stands alone, at most 30 words: the line a card or a result shows. */
export const shortSchema = nonEmpty.refine((s) => s.split(/\s+/).length <= MAX_SHORT_WORDS, {
  message: `must be one sentence of at most ${MAX_SHORT_WORDS} words`,
});

export const senseSchema = z.strictObject({
  id: slugSchema,
  context: contextSchema,
  /** API kinds this sense is, as "group/Kind" ("core/Service", "networking.istio.io/Gateway"): YAML decides exactly. */
  kinds: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9.-]+\/[A-Z][A-Za-z0-9]*$/, 'must look like "networking.istio.io/Gateway" or "core/Service"'),
    )
    .default([]),
  label: nonEmpty,
  short: shortSchema,
  cues: z.array(nonEmpty).min(1, "needs at least one cue"),
  docs: z.array(docLinkSchema).min(1, "needs at least one official link"),
  example: nonEmpty.optional(),
  since: versionSchema.optional(),
  until: versionSchema.optional(),
  note: nonEmpty.optional(),
  /**
   * The id of another sense of the same term that this one is a role of: the Istio root namespace is a
   * Kubernetes namespace. The decoder then reads the passage's world as evidence for both alike, so only this
   * sense's own cues pick the role over the thing itself.
   */
  refines: slugSchema.optional(),
  /** Former ids of this sense: `/glossary/<slug>/#<old id>` keeps landing on it. */
  redirect_from: z.array(slugSchema).default([]),
});
export type Sense = z.infer<typeof senseSchema>;

export const legacySchema = z.strictObject({
  removed_in: versionSchema,
  replaced_by: z.array(slugSchema).default([]),
  note: nonEmpty.optional(),
});

const glossaryFields = {
  term: nonEmpty,
  slug: slugSchema.optional(),
  aliases: z.array(nonEmpty).default([]),
  tags: z.array(tagSchema).min(1, "needs at least one tag"),
  senses: z.array(senseSchema).min(1, "needs at least one sense"),
  confused_with: z.array(slugSchema).default([]),
  related: z.array(slugSchema).default([]),
  prerequisites: z.array(slugSchema).default([]),
  redirect_from: z.array(slugSchema).default([]),
  legacy: legacySchema.optional(),
  reviewed: reviewedSchema,
  checked_against: checkedAgainstSchema,
};

const legacyGoesWithTag = (d: { tags: string[]; legacy?: unknown }) =>
  d.tags.includes("legacy") === (d.legacy !== undefined);
const LEGACY_RULE = {
  message: "the `legacy` tag and the `legacy:` block (with removed_in) go together",
  path: ["tags"],
};

export const glossaryFrontMatterSchema = z.strictObject(glossaryFields).refine(legacyGoesWithTag, LEGACY_RULE);
export type GlossaryFrontMatter = z.infer<typeof glossaryFrontMatterSchema>;

/** A team's own link: any https page (its wiki, its runbooks), not only the official docs hosts. */
const teamDocLinkSchema = z.strictObject({
  title: nonEmpty,
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
});

/**
 * A glossary entry in a team's overlay (`--overlay DIR`): the same fields, links to any https page, and how it
 * meets a built-in entry of the same slug: `extends: true` adds its senses (and aliases) to it, `replaces: true`
 * stands in for it; without either, the same slug is an error.
 */
export const teamGlossaryFrontMatterSchema = z
  .strictObject({
    ...glossaryFields,
    senses: z
      .array(senseSchema.extend({ docs: z.array(teamDocLinkSchema).min(1, "needs at least one link") }))
      .min(1, "needs at least one sense"),
    extends: z.literal(true).optional(),
    replaces: z.literal(true).optional(),
  })
  .refine(legacyGoesWithTag, LEGACY_RULE)
  .refine((d) => !(d.extends && d.replaces), {
    message: "an entry either extends or replaces, not both",
    path: ["extends"],
  });

export const compareFrontMatterSchema = z.strictObject({
  title: nonEmpty,
  /** One sentence: which mix-up the card settles. */
  summary: nonEmpty.refine((s) => s.split(/\s+/).length <= 40, { message: "must be at most 40 words" }),
  terms: z.array(termRefSchema).min(2, "a comparison needs at least two terms"),
  redirect_from: z.array(slugSchema).default([]),
  reviewed: reviewedSchema,
  checked_against: checkedAgainstSchema,
});
export type CompareFrontMatter = z.infer<typeof compareFrontMatterSchema>;

export const crosswalkHopSchema = z.strictObject({
  id: slugSchema,
  title: nonEmpty,
  /** What you write in Kubernetes or Istio. */
  from: z.array(termRefSchema).min(1),
  /** What Envoy ends up holding. */
  to: z.array(termRefSchema).min(1),
  /** The command that shows the result in a running proxy. */
  command: nonEmpty,
  note: nonEmpty,
});

export const crosswalkFrontMatterSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
  hops: z.array(crosswalkHopSchema).min(1),
  reviewed: reviewedSchema,
  checked_against: checkedAgainstSchema,
});
export type CrosswalkFrontMatter = z.infer<typeof crosswalkFrontMatterSchema>;

const minutesSchema = z.number().int("must be a whole number of minutes").positive("must be at least 1");

/** One step of a reading list: exactly one thing to read, why now, and how long it takes. */
export const readingStepSchema = z
  .strictObject({
    term: termRefSchema.optional(),
    compare: slugSchema.optional(),
    /** An error page (`/errors/<id>/`): a flag, analyzer code or message the list teaches to read. */
    error: slugSchema.optional(),
    doc: z
      .string()
      .regex(
        /^\/latest\/docs\/(?:[A-Za-z0-9._-]+\/)*$/,
        "must be an istio.io docs path like /latest/docs/tasks/security/",
      )
      .optional(),
    url: z.url({ protocol: /^https$/, error: "must be an https URL" }).optional(),
    title: nonEmpty.optional(),
    minutes: minutesSchema,
    note: nonEmpty,
  })
  .refine((s) => [s.term, s.compare, s.error, s.doc, s.url].filter((v) => v !== undefined).length === 1, {
    message: "a step points at exactly one of term, compare, error, doc or url",
  })
  .refine((s) => s.url === undefined || s.title !== undefined, {
    message: "a url step needs a title",
    path: ["title"],
  });
export type ReadingStep = z.infer<typeof readingStepSchema>;

export const readingListFrontMatterSchema = z.strictObject({
  title: nonEmpty,
  audience: nonEmpty,
  outcome: nonEmpty,
  /** Estimated total; must equal the sum of the steps' minutes. */
  minutes: minutesSchema,
  stages: z
    .array(z.strictObject({ title: nonEmpty, steps: z.array(readingStepSchema).min(1, "a stage needs a step") }))
    .min(1, "a list needs a stage"),
  redirect_from: z.array(slugSchema).default([]),
});
export type ReadingListFrontMatter = z.infer<typeof readingListFrontMatterSchema>;

/**
 * A page of a team's own docs (`docs/<slug>.md` in an overlay): found by search beside Istio's pages and listed
 * on the pages of the terms it covers.
 */
export const teamDocFrontMatterSchema = z.strictObject({
  title: nonEmpty,
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
  /** What the page is for and when to read it, in at most 40 words. */
  summary: nonEmpty.refine((s) => s.split(/\s+/).length <= 40, { message: "must be at most 40 words" }),
  /** Questions the page answers, in a reader's words. */
  answers: z.array(nonEmpty).default([]),
  /** Glossary slugs the page is about. */
  terms: z.array(slugSchema).default([]),
  /** The page's sections, with the fragment the team's wiki gives each: a search that matches one lands on it. */
  headings: z
    .array(
      z.strictObject({
        text: nonEmpty,
        anchor: z.string().regex(/^[^\s#]+$/, "must be the fragment without #, and no spaces"),
      }),
    )
    .default([]),
});
export type TeamDocFrontMatter = z.infer<typeof teamDocFrontMatterSchema>;
