import { foldQuery } from "../text/normalize";
import type { Field, SearchRecord } from "./types";

export type ShippedField = Exclude<Field, "body">;

/** The text of each searchable field, derived the same way at build time and on load. */
export function fieldText(r: SearchRecord): Record<ShippedField, string> {
  return {
    name: r.title,
    aliases: r.aliases.join(" ; "),
    label: r.subtitle,
    short: [r.text, ...(r.keywords ?? [])].join(" ; "),
    cues: [...r.cues, ...(r.headings ?? []).map((h) => h.text)].join(" ; "),
  };
}

/** The record's own name folded for whole-query comparison: term and slug, or page title. */
export function primaryNames(r: SearchRecord): string[] {
  return [...new Set(r.kind === "term" ? [foldQuery(r.title), foldQuery(r.id)] : [foldQuery(r.title)])];
}

/** Its other exact names: aliases, and a sense's own label. */
export function otherNames(r: SearchRecord): string[] {
  return [...new Set([...r.aliases, ...(r.kind === "term" ? [r.subtitle] : [])].map(foldQuery))];
}
