import { routes } from "../routes";
import type { LinkTargets } from "./kind";
import { checkTarget } from "./validate-body";

/** Why a "slug" or "slug#sense" reference does not resolve, or null when it does. */
export function checkTermRef(ref: string, targets: LinkTargets): string | null {
  const [slug = "", sense] = ref.split("#", 2);
  const why = checkTarget(targets, "glossary", slug, sense);
  if (why === null) return null;
  return why.startsWith("names") ? `"${ref}" ${why}` : `"${ref}": ${why}`;
}

/** The page address of a reference. */
export function termRefUrl(ref: string): string {
  const [slug = "", sense] = ref.split("#", 2);
  return routes.term(slug, sense);
}
