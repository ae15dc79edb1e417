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

/** The precompressed variants the build writes, in the order the server prefers them. */
const ENCODINGS = [
  { name: "br", ext: ".br" },
  { name: "gzip", ext: ".gz" },
] as const;

function errorPage(
  dir: string,
  status: 400 | 404 | 405,
  acceptEncoding: string,
): { body: Buffer; type: string; encoding?: string } {
  if (status === 404) {
    const file = path.join(dir, "404.html");
    const accepted = acceptEncoding.split(",").map((e) => e.split(";")[0]?.trim());
    for (const { name, ext } of ENCODINGS) {
      if (!accepted.includes(name)) continue;
      try {
        return { body: readFileSync(file + ext), type: "text/html; charset=utf-8", encoding: name };
      } catch {
        // No such variant: try the next, then the plain page.
      }
    }
    try {
      return { body: readFileSync(file), type: "text/html; charset=utf-8" };
    } catch {
      // An export without a 404 page still gets a plain answer.
    }
  }
  const text = { 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed" }[status];
  return { body: Buffer.from(`${status} ${text}\n`), type: "text/plain; charset=utf-8" };
}

/** `http://host:port` of a request, from a Host header that is a plain host name or address, else undefined. */
function requestOrigin(req: IncomingMessage): string | undefined {
  const host = req.headers.host ?? "";
  if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) return undefined;
  const proto = req.headers["x-forwarded-proto"] === "https" ? "https" : "http";
  return `${proto}://${host}`;
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

  const send = (req: IncomingMessage, res: ServerResponse, status: 400 | 404 | 405) => {
    const page = errorPage(root, status, String(req.headers["accept-encoding"] ?? ""));
    res.writeHead(status, {
      ...COMMON_HEADERS,
      "Cache-Control": "no-cache",
      "Content-Type": page.type,
      "Content-Length": page.body.length,
      Vary: "Accept-Encoding",
      ...(page.encoding ? { "Content-Encoding": page.encoding } : {}),
      ...(status === 405 ? { Allow: "GET, HEAD" } : {}),
    });
    res.end(page.body);
  };

  /** OpenSearch needs absolute URLs; a build that named no site address gets the one this request came to. */
  const sendOpenSearch = (req: IncomingMessage, res: ServerResponse) => {
    let xml: string;
    try {
      xml = readFileSync(path.join(root, "opensearch.xml"), "utf8");
    } catch {
      return send(req, res, 404);
    }
    const origin = requestOrigin(req);
    if (origin) xml = xml.replace(/(template="|<Image[^>]*>)\//g, `$1${origin}/`);
    const body = Buffer.from(xml);
    res.writeHead(200, {
      ...COMMON_HEADERS,
      "Cache-Control": cacheControl("/opensearch.xml"),
      "Content-Type": contentTypeOverride("/opensearch.xml") ?? "application/xml",
      "Content-Length": body.length,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(req, res, 405);
    const checked = checkPath(req.url ?? "/");
    if (!checked.ok) return send(req, res, checked.status);
    const { raw, pathname } = checked;
    if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return send(req, res, 404);
    if (basePath && !raw.startsWith(basePath)) return send(req, res, 400);

    const current = statSync(root, { throwIfNoEntry: false })?.ino;
    if (current === undefined) return send(req, res, 404);
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
        onNoMatch: (request, response) => send(request, response, 404),
      });
    }
    const sitePath = raw.slice(basePath.length) || "/";
    if (sitePath === "/opensearch.xml") return sendOpenSearch(req, res);
    // sirv looks the file up in its index by path; it never sees the query string or the base path.
    req.url = sitePath;
    files(req, res);
  };
}
