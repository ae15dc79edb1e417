import { routes } from "../routes";
import { slugWord } from "../text/normalize";
import type { Content } from "./load";

/**
 * `/go/<word>/` for every term and alias: word -> target path. A slug wins over an alias, and an alias
 * claimed by two entries goes to the first, so every word has exactly one target.
 */
export function shortLinks(content: Content): Map<string, string> {
  const links = new Map<string, string>();
  for (const e of content.glossary) links.set(e.slug, routes.term(e.slug));
  for (const e of content.glossary) {
    for (const name of [e.term, ...e.aliases]) {
      const word = slugWord(name);
      if (word && /^[a-z0-9-]+$/.test(word) && !links.has(word)) links.set(word, routes.term(e.slug));
    }
  }
  return links;
}

/** Old slugs kept alive after a rename: `/glossary/<old>/` -> the entry's page. */
export function glossaryRedirects(content: Content): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const e of content.glossary) for (const old of e.redirect_from) redirects.set(old, routes.term(e.slug));
  return redirects;
}
