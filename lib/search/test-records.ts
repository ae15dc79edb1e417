import type { IndexableRecord } from "./types";

/*
 * Records for the search tests' small in-memory corpora: only what a test's rule needs, the rest neutral.
 */

/** A sense of a term. */
export function sense(id: string, senseId: string, fields: Partial<IndexableRecord> = {}): IndexableRecord {
  return {
    kind: "term",
    id,
    sense: senseId,
    context: "istio",
    title: id,
    subtitle: senseId,
    url: `/glossary/${id}/#${senseId}`,
    text: "",
    order: 0,
    aliases: [],
    cues: [],
    body: "",
    ...fields,
  };
}

/** A record of another kind (a docs page, a card, an error page, a list). */
export function other(
  kind: IndexableRecord["kind"],
  id: string,
  title: string,
  fields: Partial<IndexableRecord> = {},
): IndexableRecord {
  return { ...sense(id, "", fields), kind, sense: null, context: null, title, subtitle: "", url: `/${id}/`, ...fields };
}
