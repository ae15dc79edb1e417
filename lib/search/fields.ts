import { foldQuery } from "../text/normalize";
import type { Field, SearchRecord } from "./types";

export type ShippedField = Exclude<Field, "body">;

/** The text of each searchable field, derived the same way at build time and on load. */
export function fieldText(r: SearchRecord): Record<ShippedField, string> {
  return {
    name: r.title,
    aliases: [...r.aliases, ...(r.codes ?? [])].join(" ; "),
    label: r.subtitle,
    short: [r.text, ...(r.keywords ?? [])].join(" ; "),
    cues: [...r.cues, ...(r.headings ?? []).map((h) => h.text)].join(" ; "),
  };
}

/** The record's own name folded for whole-query comparison: a term's name and slug (for each sense), or a title. */
export function primaryNames(r: SearchRecord): string[] {
  return [...new Set(r.sense !== null ? [foldQuery(r.title), foldQuery(r.id)] : [foldQuery(r.title)])];
}

/** Its other exact names: aliases, other spellings of a code, and a sense's own label. */
export function otherNames(r: SearchRecord): string[] {
  return [...new Set([...r.aliases, ...(r.codes ?? []), ...(r.sense !== null ? [r.subtitle] : [])].map(foldQuery))];
}

/** How a code record is written where people paste it: its code and every other spelling, exactly. */
export function codeSpellings(r: SearchRecord): string[] {
  return r.codes ? [r.title, ...r.codes] : [];
}
