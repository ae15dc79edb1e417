import * as z from "zod";
import { CONTEXTS } from "../contexts";

/** The public JSON API's shapes. Types come from here, and so do the JSON Schemas served beside the files. */
const senseSummary = z.object({
  id: z.string(),
  context: z.enum(CONTEXTS),
  label: z.string(),
  short: z.string(),
  url: z.string().describe("Site path of the sense, e.g. /glossary/cluster/#envoy"),
  docs: z.array(z.object({ title: z.string(), url: z.url() })),
});

export const termsApiSchema = z.object({
  version: z.literal(1),
  terms: z.array(
    z.object({
      slug: z.string(),
      term: z.string(),
      url: z.string(),
      aliases: z.array(z.string()),
      tags: z.array(z.string()),
      legacy: z.boolean(),
      senses: z.array(senseSummary.omit({ docs: true })),
    }),
  ),
});

export const termApiSchema = z.object({
  version: z.literal(1),
  slug: z.string(),
  term: z.string(),
  url: z.string(),
  aliases: z.array(z.string()),
  tags: z.array(z.string()),
  legacy: z.object({ removed_in: z.string(), replaced_by: z.array(z.string()) }).nullable(),
  senses: z.array(senseSummary.extend({ cues: z.array(z.string()), example: z.string().nullable() })),
  confused_with: z.array(z.string()),
  related: z.array(z.string()),
  prerequisites: z.array(z.string()),
  docs_pages: z.array(z.string()).describe("istio.io paths of the docs pages that cover the term"),
});

export const docsMapApiSchema = z.object({
  version: z.literal(2),
  release: z.string(),
  reference_source: z.string().nullable().describe("The docs commit the reference index was generated from"),
  releases: z
    .array(
      z.object({
        release: z.string(),
        link_version: z.string().describe('The istio.io copy its links go to: "latest" or like "v1.26"'),
        as_of: z.string().nullable(),
        source: z.string(),
        page_count: z.number().int(),
      }),
    )
    .describe("The map's own release first, then the releases it is compared with"),
  pages: z.array(
    z.object({
      id: z.string().describe("istio.io path, e.g. /latest/docs/tasks/security/"),
      url: z.url(),
      map_url: z.string().describe("Site path of the node on the docs map"),
      title: z.string(),
      parent: z.string().nullable(),
      breadcrumb: z.array(z.string()),
      headings: z.array(z.object({ text: z.string(), anchor: z.string() })),
      summary: z.string().nullable().describe("What the page is for and when to read it, in our own words"),
      answers: z.array(z.string()).describe("Questions the page settles, as readers ask them"),
      terms: z
        .array(z.string())
        .describe('Glossary terms the page is about, most central first: a slug, or "slug#sense" for one sense'),
      differs: z
        .array(
          z.object({
            release: z.string(),
            kind: z.enum(["absent", "renamed"]),
            title: z.string().nullable().describe("Its title in that release, when renamed"),
          }),
        )
        .describe("How the page differs in the other releases"),
      reference: z
        .array(
          z.object({
            name: z.string(),
            kind: z.enum(["field", "enum", "annotation", "label", "command", "flag", "env", "metric", "metric-label"]),
            anchor: z.string().nullable().describe("Where on the page, as a URL fragment"),
            of: z.string().nullable().describe("The message, enum, command or binary it belongs to"),
            path: z
              .string()
              .nullable()
              .describe("Field path from the config kind, e.g. trafficPolicy.loadBalancer.simple"),
            api: z.string().nullable().describe("Group and version of the kind, e.g. networking.istio.io/v1"),
            home: z
              .boolean()
              .describe("A variable other command pages list too, on the page of the command whose sources define it"),
          }),
        )
        .describe(
          "What the page defines: fields, enum values, annotations, labels, commands, flags, variables, metrics",
        ),
      uses: z
        .array(z.object({ name: z.string(), count: z.number().int().positive() }))
        .describe("Reference names the page writes outside reference/, with how often: where it shows them in use"),
    }),
  ),
});

export const readingListsApiSchema = z.object({
  version: z.literal(1),
  lists: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      url: z.string(),
      audience: z.string(),
      outcome: z.string(),
      minutes: z.number(),
      stages: z.array(
        z.object({
          title: z.string(),
          steps: z.array(
            z.object({
              kind: z.enum(["term", "compare", "error", "doc", "url"]),
              title: z.string(),
              href: z.string(),
              minutes: z.number(),
              note: z.string(),
            }),
          ),
        }),
      ),
    }),
  ),
});

export const API_SCHEMAS = {
  terms: termsApiSchema,
  term: termApiSchema,
  "docs-map": docsMapApiSchema,
  "reading-lists": readingListsApiSchema,
} as const;
