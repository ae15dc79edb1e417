import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import { replaceDirAtomically } from "../build/atomic-dir";
import { CONTENT_SECURITY_POLICY } from "../build/csp";
import { createSiteHandler } from "./site-server";

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A raw request: node:http sends the path exactly as given, so `..` and broken escapes reach the server. */
function get(server: Server, rawPath: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

function writeExport(dir: string, page: string): void {
  mkdirSync(path.join(dir, "glossary/cluster"), { recursive: true });
  mkdirSync(path.join(dir, "_next/static/chunks"), { recursive: true });
  writeFileSync(path.join(dir, "index.html"), "<h1>home</h1>");
  writeFileSync(path.join(dir, "404.html"), "<h1>not found page</h1>");
  writeFileSync(path.join(dir, "404.html.gz"), gzipSync("<h1>not found page</h1>"));
  writeFileSync(path.join(dir, "glossary/cluster/index.html"), page);
  writeFileSync(path.join(dir, "glossary/cluster/index.html.gz"), gzipSync(page));
  writeFileSync(path.join(dir, "_next/static/chunks/a1b2.js"), "console.log(1)");
  writeFileSync(
    path.join(dir, "opensearch.xml"),
    '<OpenSearchDescription><Image height="32">/icon.svg</Image><Url template="/search/?q={searchTerms}"/></OpenSearchDescription>',
  );
  writeFileSync(path.join(dir, "search-index.json"), "{}");
}

async function listen(handler: ReturnType<typeof createSiteHandler>): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

const parent = mkdtempSync(path.join(tmpdir(), "mesh-atlas-serve-"));
const out = path.join(parent, "out");
writeFileSync(path.join(parent, "secret.txt"), "TOP-SECRET");
writeExport(out, "<h1>Cluster</h1>");

describe("site server", () => {
  let server: Server;
  before(async () => {
    server = await listen(createSiteHandler({ dir: out }));
  });
  after(() => server.close());

  test("serves pages with the CSP, revalidation and nosniff", async () => {
    const r = await get(server, "/glossary/cluster/?q=x");
    assert.equal(r.status, 200);
    assert.equal(r.body.toString(), "<h1>Cluster</h1>");
    assert.equal(r.headers["content-type"], "text/html;charset=utf-8");
    assert.equal(r.headers["content-security-policy"], CONTENT_SECURITY_POLICY);
    assert.equal(r.headers["cache-control"], "no-cache");
    assert.equal(r.headers["x-content-type-options"], "nosniff");
  });

  test("hashed assets are immutable; the index and OpenSearch file have their types", async () => {
    const js = await get(server, "/_next/static/chunks/a1b2.js");
    assert.equal(js.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.match(String(js.headers["content-type"]), /^text\/javascript|^application\/javascript/);
    const xml = await get(server, "/opensearch.xml");
    assert.equal(xml.headers["content-type"], "application/opensearchdescription+xml");
    const json = await get(server, "/search-index.json");
    assert.match(String(json.headers["content-type"]), /^application\/json/);
    assert.equal(json.headers["cache-control"], "no-cache");
  });

  test("sends the precompressed file when the browser accepts gzip, and revalidates with the ETag", async () => {
    const gz = await get(server, "/glossary/cluster/", { "accept-encoding": "gzip" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.equal(gz.headers.vary, "Accept-Encoding");
    const plain = await get(server, "/glossary/cluster/");
    assert.equal(plain.headers["content-encoding"], undefined);
    const etag = String(plain.headers.etag);
    assert.equal((await get(server, "/glossary/cluster/", { "if-none-match": etag })).status, 304);
  });

  test("paths that escape the folder or are malformed get 400 and leak nothing", async () => {
    for (const raw of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E%2Fsecret.txt",
      "/glossary/..%2f..%2f..%2fsecret.txt",
      "/..%5csecret.txt",
      "/%00",
      "/glossary/cluster/%00.html",
      "/%E0%A4%A",
      "/glossary/%",
    ]) {
      const r = await get(server, raw);
      assert.equal(r.status, 400, raw);
      assert.doesNotMatch(r.body.toString(), /TOP-SECRET/, raw);
      assert.equal(r.headers["content-security-policy"], CONTENT_SECURITY_POLICY, raw);
    }
  });

  test("missing files get the export's 404 page; dotfiles and other methods are refused", async () => {
    for (const raw of ["/nope/", "//etc/passwd", "/secret.txt", "/.git/config"]) {
      const r = await get(server, raw);
      assert.equal(r.status, 404, raw);
      assert.equal(r.body.toString(), "<h1>not found page</h1>", raw);
    }
    const zipped = await get(server, "/nope/", { "Accept-Encoding": "gzip, deflate" });
    assert.equal(zipped.status, 404);
    assert.equal(zipped.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(zipped.body).toString(), "<h1>not found page</h1>");
    assert.equal(zipped.headers.vary, "Accept-Encoding");
    const post = await get(server, "/", {}, "POST");
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, "GET, HEAD");
  });

  test("OpenSearch URLs that a build left as paths get the address the request came to", async () => {
    const r = await get(server, "/opensearch.xml", { Host: "atlas.example.internal:8080" });
    assert.equal(r.headers["content-type"], "application/opensearchdescription+xml");
    assert.match(r.body.toString(), /template="http:\/\/atlas\.example\.internal:8080\/search\/\?q=\{searchTerms\}"/);
    assert.match(r.body.toString(), />http:\/\/atlas\.example\.internal:8080\/icon\.svg</);
    const forged = await get(server, "/opensearch.xml", { Host: 'evil"><x a="' });
    assert.match(forged.body.toString(), /template="\/search\//);
  });

  test("follows a build that swaps a new folder in, without a restart", async () => {
    replaceDirAtomically(out, (staging) => writeExport(staging, "<h1>Cluster, rebuilt</h1>"));
    assert.equal((await get(server, "/glossary/cluster/")).body.toString(), "<h1>Cluster, rebuilt</h1>");
  });
});

describe("site server below a base path", () => {
  let server: Server;
  before(async () => {
    server = await listen(createSiteHandler({ dir: out, basePath: "/mesh-atlas" }));
  });
  after(() => server.close());

  test("serves the site below the path and nothing outside it", async () => {
    assert.equal((await get(server, "/mesh-atlas/glossary/cluster/")).status, 200);
    assert.equal((await get(server, "/mesh-atlas/")).body.toString(), "<h1>home</h1>");
    assert.equal((await get(server, "/glossary/cluster/")).status, 404);
    assert.equal((await get(server, "/mesh-atlasx/")).status, 404);
  });
});
