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
  // A docs page is named by its address too (its id is its path on istio.io), as a pasted link names it.
  const own = r.sense !== null || r.kind === "doc" ? [foldQuery(r.id)] : [];
  return [...new Set([foldQuery(r.title), ...own])];
}

/** Its other exact names: aliases, other spellings of a code, and a sense's own label. */
export function otherNames(r: SearchRecord): string[] {
  return [...new Set([...r.aliases, ...(r.codes ?? []), ...(r.sense !== null ? [r.subtitle] : [])].map(foldQuery))];
}

/** How a code record is written where people paste it: its code and every other spelling, exactly. */
export function codeSpellings(r: SearchRecord): string[] {
  return r.codes ? [r.title, ...r.codes] : [];
}

/**
 * The anchor istio.io's generated reference pages give a fact when they follow their own rule: a field is its
 * message's path and its snake_case name, an enum value its enum's path and name, a command its words joined,
 * a flag its command's anchor, a variable its lower-case name. The index leaves such anchors out (a third of the
 * fact table's bytes) and the engine spells them again; any other anchor is shipped as is.
 */
export function usualAnchor(name: string, kind: string, of: string): string {
  switch (kind) {
    case "field":
      return `${of.replaceAll(".", "-")}-${name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()}`;
    case "enum":
      return `${of.replaceAll(".", "-")}-${name}`;
    case "command":
      return name.replaceAll(" ", "-");
    case "flag":
      return of.replaceAll(" ", "-");
    case "env":
      return name.toLowerCase().replaceAll("_", "-");
    default:
      return "";
  }
}

/** A fact's anchor as shipped: "" when it is the usual one, "!" when the fact has none though it usually would. */
export function shippedAnchor(anchor: string, name: string, kind: string, of: string): string {
  const usual = usualAnchor(name, kind, of);
  if (anchor === usual) return "";
  return anchor === "" ? "!" : anchor;
}

/** The anchor a shipped fact has (the inverse of `shippedAnchor`). */
export function factAnchor(shipped: string, name: string, kind: string, of: string): string {
  if (shipped === "!") return "";
  return shipped === "" ? usualAnchor(name, kind, of) : shipped;
}
