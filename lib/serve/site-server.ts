import { readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { COMMON_HEADERS, cacheControl, contentTypeOverride } from "./headers";

export type SiteServerOptions = {
  /** The static export to serve, e.g. `out`. */
  dir: string;
  /** Where the site lives in URLs, e.g. "/mesh-atlas"; "" for the root. */
  basePath?: string;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A request path the server will look up, or why not. Decoding happens here once, so that `%2e%2e`, `%00` and
 * broken escapes are refused before any file lookup.
 */
export function checkPath(rawUrl: string): { ok: true; raw: string; pathname: string } | { ok: false; status: 400 } {
  const raw = rawUrl.split(/[?#]/, 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { ok: false, status: 400 };
  }
  // Control characters (NUL makes the file system throw) and backslashes never occur in the site's paths.
  const hasControlOrBackslash = [...decoded].some((c) => c.charCodeAt(0) < 0x20 || c === "\\");
  if (!decoded.startsWith("/") || hasControlOrBackslash) return { ok: false, status: 400 };
  if (decoded.split("/").some((segment) => segment === ".." || segment === ".")) return { ok: false, status: 400 };
  return { ok: true, raw, pathname: decoded };
}

function errorPage(dir: string, status: 400 | 404 | 405): { body: Buffer; type: string } {
  if (status === 404) {
    try {
      return { body: readFileSync(path.join(dir, "404.html")), type: "text/html; charset=utf-8" };
    } catch {
      // An export without a 404 page still gets a plain answer.
    }
  }
  const text = { 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed" }[status];
  return { body: Buffer.from(`${status} ${text}\n`), type: "text/plain; charset=utf-8" };
}

/**
 * Serves a static export the way a CDN would: precompressed `.br`/`.gz` files when the browser accepts them,
 * the site's Content-Security-Policy and cache rules on every response, 400 for malformed or escaping paths and
 * the export's own 404 page otherwise. Files are indexed at start; when a build swaps a new folder in (the
 * folder's inode changes), the index is rebuilt, so a running server follows rebuilds without restarting.
 */
export function createSiteHandler({ dir, basePath = "" }: SiteServerOptions): Handler {
  const root = path.resolve(dir);
  let inode = -1;
  let files: Handler | undefined;

  const send = (res: ServerResponse, status: 400 | 404 | 405) => {
    const page = errorPage(root, status);
    res.writeHead(status, {
      ...COMMON_HEADERS,
      "Cache-Control": "no-cache",
      "Content-Type": page.type,
      "Content-Length": page.body.length,
      ...(status === 405 ? { Allow: "GET, HEAD" } : {}),
    });
    res.end(page.body);
  };

  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405);
    const checked = checkPath(req.url ?? "/");
    if (!checked.ok) return send(res, checked.status);
    const { raw, pathname } = checked;
    if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return send(res, 404);
    if (basePath && !raw.startsWith(basePath)) return send(res, 400);

    const current = statSync(root, { throwIfNoEntry: false })?.ino;
    if (current === undefined) return send(res, 404);
    if (!files || current !== inode) {
      inode = current;
      files = sirv(root, {
        etag: true,
        gzip: true,
        brotli: true,
        dotfiles: false,
        setHeaders: (response, file) => {
          for (const [key, value] of Object.entries(COMMON_HEADERS)) response.setHeader(key, value);
          response.setHeader("Cache-Control", cacheControl(file));
          const type = contentTypeOverride(file);
          if (type) response.setHeader("Content-Type", type);
        },
        onNoMatch: (_req, response) => send(response, 404),
      });
    }
    // sirv looks the file up in its index by path; it never sees the query string or the base path.
    req.url = raw.slice(basePath.length) || "/";
    files(req, res);
  };
}
