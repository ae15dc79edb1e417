import { routes } from "../routes";
import type { LinkTargets } from "./validate-body";

/** Why a "slug" or "slug#sense" reference does not resolve, or null when it does. */
export function checkTermRef(ref: string, targets: LinkTargets): string | null {
  const [slug = "", sense] = ref.split("#", 2);
  const senses = targets.glossary.get(slug);
  if (!senses) return `"${ref}" names "${slug}", which is not a glossary entry`;
  if (sense !== undefined && !senses.has(sense)) {
    return `"${ref}": "${slug}" has no sense "${sense}" (senses: ${[...senses].join(", ")})`;
  }
  return null;
}

/** The page address of a reference. */
export function termRefUrl(ref: string): string {
  const [slug = "", sense] = ref.split("#", 2);
  return routes.term(slug, sense);
}
