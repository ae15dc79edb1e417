import { z } from "zod";
import { slugSchema } from "../source/ids";

/** A docs path relative to the docs root, without slashes at either end ("" is the root). */
export const docsPathSchema = z
  .string()
  .regex(
    /^(?:[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)*)?$/,
    "must be a docs path like tasks/security/authn",
  );

export const headingSchema = z.strictObject({ text: z.string().min(1), anchor: z.string().min(1) });

export const docsPageSchema = z.strictObject({
  path: docsPathSchema,
  title: z.string().min(1),
  linktitle: z.string().min(1).optional(),
  weight: z.number().nullable(),
  parent: docsPathSchema.nullable(),
  headings: z.array(headingSchema),
  keywords: z.array(z.string()),
  aliases: z.array(z.string()),
});
export type DocsPage = z.infer<typeof docsPageSchema>;

/** `content/docs-map/pages.json`: written by `npm run import-docs`, not by hand. */
export const docsMapFileSchema = z.strictObject({
  source: z.string(),
  pages: z.array(docsPageSchema),
});
export type DocsMapFile = z.infer<typeof docsMapFileSchema>;

/** `content/docs-map/config.yaml`: which release the map reflects and which istio.io copy links go to. */
export const docsMapConfigSchema = z.strictObject({
  release: z.string().regex(/^1\.\d+$/, 'must be an Istio minor release such as "1.26"'),
  link_version: z.union([z.literal("latest"), z.string().regex(/^v1\.\d+$/, 'must be "latest" or like "v1.26"')]),
});
export type DocsMapConfig = z.infer<typeof docsMapConfigSchema>;

/** One hand-written note on a page: our summary and the glossary terms a matcher would miss. */
export const docsAnnotationSchema = z.strictObject({
  summary: z
    .string()
    .trim()
    .min(1)
    .refine((s) => s.split(/\s+/).length <= 60, { message: "must be at most 60 words (one or two sentences)" })
    .optional(),
  terms: z.array(slugSchema).default([]),
});
/** `content/docs-map/annotations.yaml`: docs path -> annotation; kept across re-imports. */
export const docsAnnotationsSchema = z.record(docsPathSchema, docsAnnotationSchema);
export type DocsAnnotation = z.infer<typeof docsAnnotationSchema>;
