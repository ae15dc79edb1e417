import * as z from "zod";

/**
 * The names a list's filter matches an item by beyond the one it shows (a term's aliases: "DR" finds
 * DestinationRule), per item id. Fetched when the filter is first typed in, so the list's page does not carry
 * them twice (in its HTML and its React payload) on every visit.
 */
export const listNamesSchema = z.object({
  version: z.literal(1),
  /** [item id, its names in lower case, space-separated] in list order. */
  items: z.array(z.tuple([z.string(), z.string()])),
});
export type ListNames = z.infer<typeof listNamesSchema>;

export function buildListNames(items: readonly { id: string; names: readonly string[] }[]): ListNames {
  return { version: 1, items: items.map((i) => [i.id, i.names.join(" ").toLowerCase()]) };
}
