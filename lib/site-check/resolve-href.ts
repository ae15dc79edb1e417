/** A stand-in origin: any URL that resolves against it and keeps it points into the export. */
const SITE = "http://site.invalid";

/** Schemes that name no resource to check (inline data, script). */
const SKIPPED_SCHEMES = new Set(["data:", "javascript:", "blob:", "about:"]);

export type ResolvedHref =
  | { kind: "internal"; path: string; fragment: string }
  | { kind: "external" }
  | { kind: "skipped" }
  | { kind: "invalid" };

/** Resolves an href as the browser would on the page at `pageUrl`; `path` and `fragment` are percent-decoded. */
export function resolveHref(href: string, pageUrl: string): ResolvedHref {
  let url: URL;
  try {
    url = new URL(href.trim(), SITE + pageUrl);
  } catch {
    return { kind: "invalid" };
  }
  if (SKIPPED_SCHEMES.has(url.protocol)) return { kind: "skipped" };
  if (url.origin !== SITE) return { kind: "external" };
  return { kind: "internal", path: decode(url.pathname), fragment: decode(url.hash.slice(1)) };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A malformed escape is matched as written, like browsers do for fragments.
    return text;
  }
}
