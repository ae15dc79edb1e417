import * as z from "zod";

/** The id of a content file and of the page made from it: kebab-case, as in `destination-rule`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");

/** A reference to a glossary term or one of its senses: "gateway" or "gateway#gateway-api". */
export const termRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be "slug" or "slug#sense"');
