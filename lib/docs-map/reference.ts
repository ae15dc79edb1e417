import * as z from "zod";
import { docsPathSchema } from "./schema";

/** What a reference entry names: a config field, an enum value, a command, and so on. */
export const referenceKindSchema = z.enum([
  "field",
  "enum",
  "annotation",
  "label",
  "command",
  "flag",
  "env",
  "metric",
  "metric-label",
]);
export type ReferenceKind = z.infer<typeof referenceKindSchema>;

/** A Kubernetes group/version such as `networking.istio.io/v1`. */
export const apiVersionSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*\/v\d+(?:(?:alpha|beta)\d+)?$/, "must be like networking.istio.io/v1");

/**
 * One fact a reference page defines. Only names, types, enum values and stated defaults: no description prose.
 * The key order here is the order written to reference.json.
 */
export const referenceEntrySchema = z.strictObject({
  name: z.string().min(1),
  kind: referenceKindSchema,
  /** Docs path of the page, e.g. `reference/config/networking/destination-rule`. */
  page: docsPathSchema,
  /** An id that exists in the page's HTML; absent when the page gives the fact no anchor of its own. */
  anchor: z.string().min(1).optional(),
  /** The message, enum, command, binary or metric the entry belongs to. */
  of: z.string().min(1).optional(),
  /** The top-level message `path` starts from (a config kind such as `DestinationRule`). */
  root: z.string().min(1).optional(),
  /** Dotted field path from `root`, e.g. `trafficPolicy.loadBalancer.simple`. */
  path: z.string().min(1).optional(),
  /** Newest stable group/version the page shows for the kind; all of them are in the file's `apis`. */
  api: apiVersionSchema.optional(),
  type: z.string().min(1).optional(),
  /** Default as the page states it; "" when it states an empty default. */
  default: z.string().optional(),
  /** One-letter flag form such as `-n`. */
  short: z.string().min(1).optional(),
  /** Feature status of an annotation or label (Alpha, Beta, Stable, Deprecated). */
  status: z.string().min(1).optional(),
  /** Resource types an annotation or label applies to. */
  resources: z.array(z.string().min(1)).optional(),
  /** Other spellings of a command. */
  aliases: z.array(z.string().min(1)).optional(),
});
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;

/** `content/docs-map/reference.json`: written by `scripts/import-reference.ts`, not by hand. */
export const referenceFileSchema = z.strictObject({
  source: z.string().min(1),
  generated_by: z.string().min(1),
  counts: z.partialRecord(referenceKindSchema, z.number().int().nonnegative()),
  /** Docs path -> every group/version the page's examples use for its kind, newest stable first. */
  apis: z.record(docsPathSchema, z.array(apiVersionSchema).min(1)),
  entries: z.array(referenceEntrySchema),
  /**
   * Docs path of a page outside reference/ -> the names of entries it writes, with how often: the how-to pages
   * for a field or variable (`numTrustedProxies` on the gateway topology page).
   */
  uses: z.record(docsPathSchema, z.record(z.string().min(1), z.number().int().positive())).default({}),
});
export type ReferenceFile = z.infer<typeof referenceFileSchema>;
