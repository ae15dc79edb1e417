import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { checkExternalLinks } from "./external-links";
import { barePath, knownPageIndex, linksIn, unknownPages } from "./known-pages";
import { frontMatterAliases, gatewayApiSpecPages, SITE_SOURCES } from "./site-sources";

describe("known pages", () => {
  test("a page is one bare path however it is written", () => {
    for (const p of ["/docs/x/y/", "/docs/x/y", "/docs/x/y.html", "/docs/x/y/index.html", "/docs/x/y/#a"])
      assert.equal(barePath(p), "/docs/x/y", p);
  });

  test("each site's sources map to the paths it serves", () => {
    const istio = SITE_SOURCES["istio.io"];
    assert.deepEqual(istio?.pages("content/en/docs/ops/deployment/_index.md"), ["/latest/docs/ops/deployment"]);
    assert.deepEqual(istio?.pages("content/en/docs/reference/config/networking/sidecar/index.html"), [
      "/latest/docs/reference/config/networking/sidecar",
    ]);
    // A FAQ entry is a fragment of its FAQ page, not a page.
    assert.deepEqual(istio?.pages("content/en/about/faq/ambient-mode/is-ztunnel-a-SPOF.md"), []);
    assert.equal(istio?.canonical?.("/v1.24/docs/ops/"), "/latest/docs/ops/");
    assert.deepEqual(SITE_SOURCES["gateway-api.sigs.k8s.io"]?.pages("site/content/en/docs/concepts/security.md"), [
      "/docs/concepts/security",
    ]);
    assert.deepEqual(
      SITE_SOURCES["kubernetes.io"]?.pages("content/en/blog/_posts/2025-04-24-endpoints-deprecation.md"),
      ["/blog/2025/04/24/endpoints-deprecation"],
    );
    assert.deepEqual(SITE_SOURCES["www.envoyproxy.io"]?.pages("api/envoy/config/core/v3/base.proto"), [
      "/docs/envoy/latest/api-v3/config/core/v3/base.proto",
    ]);
  });

  test("aliases and generated spec pages are pages too", () => {
    const md = "---\ntitle: T\naliases:\n  - /docs/old/place/\n  - /docs/older\n---\nbody";
    assert.deepEqual(frontMatterAliases(md, "/latest"), ["/latest/docs/old/place", "/latest/docs/older"]);
    assert.deepEqual(frontMatterAliases('---\naliases: ["/a/b/"]\n---\n', ""), ["/a/b"]);
    const script = 'declare -a arr=(\n    "release-1.6"\n    "main"\n)';
    assert.deepEqual(gatewayApiSpecPages(script), [
      "/reference/api-spec/1.6",
      "/reference/api-spec/1.6/spec",
      "/reference/api-spec/1.6/specx",
      "/reference/api-spec/main",
      "/reference/api-spec/main/spec",
      "/reference/api-spec/main/specx",
    ]);
  });

  test("links are found with line and column, and only listed hosts are judged", () => {
    const links = linksIn(
      "see https://istio.io/latest/docs/a/.\n  [x](https://example.org/zzz) `https://istio.io/v1.NN/docs/`",
      "f.md",
    );
    assert.deepEqual(
      links.map((l) => [l.url, l.line, l.column]),
      [
        ["https://istio.io/latest/docs/a/", 1, 5],
        ["https://example.org/zzz", 2, 7],
      ],
    );
    const index = knownPageIndex([
      {
        host: "istio.io",
        source: { repo: "r", commit: "c", date: "d", how: "h" },
        pages: ["/latest/docs/b"],
        confirmed: [],
      },
    ]);
    assert.deepEqual(
      unknownPages(links, index).map((l) => l.url),
      ["https://istio.io/latest/docs/a/"],
    );
  });

  test("the check reports a missing page at its place, and passes a known or confirmed one", () => {
    const root = mkdtempSync(path.join(tmpdir(), "known-"));
    mkdirSync(path.join(root, "known-pages"));
    mkdirSync(path.join(root, "glossary"));
    writeFileSync(
      path.join(root, "known-pages", "istio.io.json"),
      JSON.stringify({
        host: "istio.io",
        source: { repo: "istio/istio.io", commit: "abc", date: "2025-06-24", how: "test" },
        pages: ["/latest/docs/ops/deployment"],
        confirmed: [{ path: "/latest/blog/2026/new-post", how: "seen on the site" }],
      }),
    );
    writeFileSync(
      path.join(root, "glossary", "x.md"),
      [
        "https://istio.io/latest/docs/ops/deployment/",
        "https://istio.io/latest/blog/2026/new-post/",
        "  https://istio.io/latest/docs/ops/deploymnt/",
      ].join("\n"),
    );
    const { problems } = checkExternalLinks(root);
    assert.deepEqual(
      problems.map((p) => [path.basename(p.file), p.line, p.col]),
      [["x.md", 3, 3]],
    );
    assert.match(problems[0]?.message ?? "", /is not a page of istio\.io/);
  });
});
