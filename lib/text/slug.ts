/**
 * A short link's word: lower case, letters and digits joined by single hyphens ("VirtualService" ->
 * "virtualservice"). Apart from ./normalize.ts because the 404 page, on every route, reads short links with
 * it and should not carry the stemmer.
 */
export function slugWord(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
