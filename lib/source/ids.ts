import * as z from "zod";

/** The id of a content file and of the page made from it: kebab-case, as in `destination-rule`. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9 and single hyphens)");

/** A reference to a glossary term or one of its senses: "gateway" or "gateway#gateway-api". */
export const termRefSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'must be "slug" or "slug#sense"');

/** The slug and, if it names one, the sense of a term reference: "gateway#gateway-api" -> ["gateway", "gateway-api"]. */
export function splitTermRef(ref: string): [slug: string, sense: string | undefined] {
  const at = ref.indexOf("#");
  return at < 0 ? [ref, undefined] : [ref.slice(0, at), ref.slice(at + 1)];
}
