import * as z from "zod";
import { termRefSchema } from "../source/ids";

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
  link_version: z.union([z.literal("latest"), z.string().regex(/^v1\.\d+$/)], {
    error: 'must be "latest" or a release like "v1.26"',
  }),
  /** The day the docs were taken from (the import's source commit date), stated on the map. */
  as_of: z.iso.date({ error: "must be a date like 2025-06-24" }).optional(),
});
export type DocsMapConfig = z.infer<typeof docsMapConfigSchema>;

const MAX_SUMMARY_WORDS = 40;
const MAX_ANSWER_CHARS = 120;

/** Our own note on a page: what it is for, the questions it settles, and the glossary terms it is about. */
export const docsAnnotationSchema = z.strictObject({
  /** What the page is for and when to read it, in our own words. */
  summary: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .refine((s) => s.split(/\s+/).length <= MAX_SUMMARY_WORDS, {
      message: `must be at most ${MAX_SUMMARY_WORDS} words`,
    })
    .optional(),
  /** Questions the page answers, as a reader would type them mid-task (a symptom, a how-to, a what-is). */
  answers: z
    .array(
      z
        .string()
        .trim()
        .min(1, "must not be empty")
        .max(MAX_ANSWER_CHARS, `must be at most ${MAX_ANSWER_CHARS} characters`),
    )
    .max(5, "at most 5 questions per page")
    .default([]),
  /**
   * Glossary terms the page is about, most central first (the matcher adds the ones its title names): `slug`, or
   * `slug#sense` where the page means one sense of an overloaded term (`tag#git`).
   */
  terms: z.array(termRefSchema).default([]),
});
/** `content/docs-map/annotations.yaml`: docs path -> annotation; kept across re-imports. */
export const docsAnnotationsSchema = z.record(docsPathSchema, docsAnnotationSchema);
export type DocsAnnotation = z.infer<typeof docsAnnotationSchema>;
