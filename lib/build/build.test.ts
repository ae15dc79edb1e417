import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { replaceDirAtomically } from "./atomic-dir";
import { CONTENT_SECURITY_POLICY } from "./csp";
import { externalizeScripts } from "./externalize-scripts";

describe("externalizeScripts", () => {
  const page = [
    '<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script></head><body>',
    '<script id="_R_">self.x=1</script><p>text</p><script>self.__next_f.push([1,"\\u003c/script>"])</script>',
    "<script>self.x=1</script></body></html>",
  ].join("");

  test("moves inline scripts into files, in place, merging adjacent ones, and keeps external ones", () => {
    const { html, scripts } = externalizeScripts(page, "/base/_next/static/csp/");
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>[^<]/);
    assert.match(html, /<script src="\/_next\/a.js" async=""><\/script>/);
    assert.match(html, /<script id="_R_" src="\/base\/_next\/static\/csp\/[\w-]+\.js"><\/script><p>text<\/p>/);
    // The two adjacent scripts after the paragraph run as one file, in their order.
    assert.equal((html.match(/<script src="\/base\/_next\/static\/csp\//g) ?? []).length, 1);
    assert.deepEqual(
      scripts.map((s) => s.code),
      ["self.x=1", 'self.__next_f.push([1,"\\u003c/script>"]);\nself.x=1'],
    );
  });

  test("the same code gets the same file name, so pages share it in the browser cache", () => {
    const a = externalizeScripts('<head></head><script id="a">self.x=1</script>', "/").scripts[0]?.name;
    const b = externalizeScripts('<head></head><p></p><script id="b">self.x=1</script>', "/").scripts[0]?.name;
    assert.ok(a);
    assert.equal(a, b);
  });

  test("puts the CSP in a meta tag right after the charset, before any script", () => {
    const { html } = externalizeScripts(page, "/");
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
    assert.ok(html.indexOf(meta) > html.indexOf('<meta charSet="utf-8"/>'));
    assert.ok(html.indexOf(meta) < html.indexOf("<script"));
  });

  test("refuses a page without a head rather than ship it without a policy", () => {
    assert.throws(() => externalizeScripts("<p>fragment</p>", "/"), /no <head>/);
  });
});

describe("replaceDirAtomically", () => {
  const parent = mkdtempSync(path.join(tmpdir(), "mesh-atlas-build-"));
  const target = path.join(parent, "out");
  mkdirSync(target);
  writeFileSync(path.join(target, "page.html"), "old");

  test("a failing step leaves the previous folder as it was and no staging folder behind", () => {
    assert.throws(() =>
      replaceDirAtomically(target, (staging) => {
        mkdirSync(staging);
        writeFileSync(path.join(staging, "page.html"), "half");
        throw new Error("build broke");
      }),
    );
    assert.equal(readFileSync(path.join(target, "page.html"), "utf8"), "old");
    assert.equal(existsSync(`${target}.staging`), false);
  });

  test("a successful step replaces the folder", () => {
    replaceDirAtomically(target, (staging) => {
      mkdirSync(staging);
      writeFileSync(path.join(staging, "page.html"), "new");
    });
    assert.equal(readFileSync(path.join(target, "page.html"), "utf8"), "new");
    assert.equal(existsSync(`${target}.previous`), false);
  });
});

test("npm run build with a malformed entry fails with path:line:col and keeps the served folder", () => {
  const parent = mkdtempSync(path.join(tmpdir(), "mesh-atlas-build-"));
  const out = path.join(parent, "out");
  mkdirSync(out);
  writeFileSync(path.join(out, "index.html"), "the site being served");
  const fixture = "lib/content/__fixtures__/invalid/bad-kind";
  const run = spawnSync("npx", ["tsx", "scripts/build.ts", "--out", out], {
    encoding: "utf8",
    env: { ...process.env, MESH_ATLAS_CONTENT_DIR: fixture },
  });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^lib\/content\/__fixtures__\/invalid\/bad-kind\/\S+:\d+:\d+: /m);
  assert.match(run.stderr, /was left as it was/);
  assert.equal(readFileSync(path.join(out, "index.html"), "utf8"), "the site being served");
  assert.equal(existsSync(`${out}.staging`), false);
});
