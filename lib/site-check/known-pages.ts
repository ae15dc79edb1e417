import * as z from "zod";

/**
 * The pages an official site is known to have, generated from the site's own sources (see
 * scripts/import-known-pages.ts), so that links can be checked without the network. A page is kept as its
 * bare path: no query, fragment, `.html` or trailing slash (`/latest/docs/ops/deployment`).
 */
export const knownPagesSchema = z.strictObject({
  host: z.string(),
  /** Where the list came from: the repository, the commit and how paths were derived. */
  source: z.strictObject({ repo: z.string(), commit: z.string(), date: z.string(), how: z.string() }),
  pages: z.array(z.string()),
  /**
   * Pages newer than the source snapshot, each confirmed another way (kept across regenerations): a link to one
   * passes, and the next import from a newer snapshot makes the entry redundant.
   */
  confirmed: z.array(z.strictObject({ path: z.string(), how: z.string() })).default([]),
});
export type KnownPages = z.infer<typeof knownPagesSchema>;

/** A URL path as the lists keep it: `/docs/x/y.html#a` and `/docs/x/y/` are both `/docs/x/y`. */
export function barePath(pathname: string): string {
  return pathname
    .replace(/[?#].*$/, "")
    .replace(/\/index\.html$/, "")
    .replace(/\.html$/, "")
    .replace(/\/+$/, "");
}

/** The known pages of each host, for lookups. */
export function knownPageIndex(lists: readonly KnownPages[]): Map<string, Set<string>> {
  return new Map(
    lists.map((l) => [l.host, new Set([...l.pages, ...l.confirmed.map((c) => c.path)].map(barePath))] as const),
  );
}

/** A link found in a content file, with where it is. */
export type FoundLink = { url: string; file: string; line: number; column: number };

/** Links whose host has a list and whose page is not on it (`canonical` maps a host's alternative paths). */
export function unknownPages(
  links: readonly FoundLink[],
  index: ReadonlyMap<string, ReadonlySet<string>>,
  canonical: (host: string, path: string) => string = (_h, p) => p,
) {
  return links.filter((link) => {
    const url = new URL(link.url);
    const pages = index.get(url.host);
    return pages !== undefined && !pages.has(barePath(canonical(url.host, url.pathname)));
  });
}

/** Every https URL in a text (not in a code span), with its line and column (1-based), trailing punctuation left out. */
export function linksIn(text: string, file: string): FoundLink[] {
  const out: FoundLink[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/https:\/\/[^\s)\]"'<>`|]+/g)) {
      // A URL in a code span (`https://istio.io/v1.NN/docs/`) is an example of a shape, not a link.
      if (line[(m.index ?? 0) - 1] === "`") continue;
      const url = m[0].replace(/[.,;:!?*]+$/, "");
      if (URL.canParse(url)) out.push({ url, file, line: i + 1, column: (m.index ?? 0) + 1 });
    }
  });
  return out;
}

/** A known page that may be what a broken link meant: the same last segment somewhere else on the site. */
export function nearestKnown(pathname: string, pages: ReadonlySet<string>): string | undefined {
  const bare = barePath(pathname);
  const last = bare.split("/").pop();
  if (!last) return undefined;
  let best: string | undefined;
  for (const p of pages) if (p.endsWith(`/${last}`) && (!best || p.length < best.length)) best = p;
  return best;
}
