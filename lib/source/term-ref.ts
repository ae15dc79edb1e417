/*
 * Term references read without the schemas (ids.ts checks how they are written): the search worker and the
 * browser's components read them, and should not load zod for a string split.
 */

/** The slug and, if it names one, the sense of a term reference: "gateway#gateway-api" -> ["gateway", "gateway-api"]. */
export function splitTermRef(ref: string): [slug: string, sense: string | undefined] {
  const at = ref.indexOf("#");
  return at < 0 ? [ref, undefined] : [ref.slice(0, at), ref.slice(at + 1)];
}
