import { routes } from "../routes";
import { slugWord } from "../text/slug";
import type { Content } from "./load";

/**
 * `/go/<word>/` for every term, alias and sense: word -> target path. A slug wins over a sense's words, they win
 * over an alias, and a word claimed twice goes to the first, so every word has exactly one target. A sense
 * is reached by its label or by its id joined to the slug either way (`envoy-cluster`, `cluster-envoy`), and
 * the link keeps it: `/go/envoy-cluster/` lands on `/glossary/cluster/#envoy`.
 */
export function shortLinks(content: Content): Map<string, string> {
  const links = new Map<string, string>();
  const add = (name: string, to: string) => {
    const word = slugWord(name);
    if (word && /^[a-z0-9-]+$/.test(word) && !links.has(word)) links.set(word, to);
  };
  for (const e of content.glossary) links.set(e.slug, routes.term(e.slug));
  // Sense words before aliases: "Envoy cluster" is both an alias of Cluster and its Envoy sense, and the
  // sense is the more precise answer.
  for (const e of content.glossary) {
    if (e.senses.length < 2) continue;
    for (const s of e.senses) {
      const to = routes.term(e.slug, s.id);
      for (const name of [s.label, `${s.id}-${e.slug}`, `${e.slug}-${s.id}`]) add(name, to);
    }
  }
  for (const e of content.glossary) for (const name of [e.term, ...e.aliases]) add(name, routes.term(e.slug));
  return links;
}

/** Old slugs kept alive after a rename: `/glossary/<old>/` -> the entry's page. */
export function glossaryRedirects(content: Content): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const e of content.glossary) for (const old of e.redirect_from) redirects.set(old, routes.term(e.slug));
  return redirects;
}
