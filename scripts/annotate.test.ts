import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";

const tsx = (script: string, args: string[], input = "") =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", input });

test("annotate --json prints annotations in text order with the documented fields", () => {
  const text = "Run istioctl proxy-config cluster on the pod, then switch kubectl --context to the other cluster.";
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/annotate.ts", "--json"], {
    encoding: "utf8",
    input: text,
  });
  const { annotations } = JSON.parse(out) as { annotations: Record<string, unknown>[] };
  assert.ok(annotations.length >= 3);
  let last = -1;
  for (const a of annotations) {
    assert.deepEqual(Object.keys(a).sort(), [
      "alternatives",
      "confidence",
      "context",
      "end",
      "reason",
      "sense",
      "start",
      "surface",
      "term",
      "unsure",
    ]);
    assert.equal(text.slice(a.start as number, a.end as number), a.surface);
    assert.ok((a.start as number) > last);
    last = a.start as number;
  }
  const clusters = annotations.filter((a) => a.term === "cluster").map((a) => a.sense);
  assert.deepEqual(clusters, ["envoy", "kubernetes"]);
});

test("annotate --json reads a pasted access-log line: its flag and the parts of its Envoy cluster name", () => {
  const line =
    '[2026-03-02T10:15:04.112Z] "GET /reviews/7 HTTP/1.1" 503 UF upstream_reset_before_response_started{connection_failure} - "-" 0 91 2 - "-" "curl/8.5.0" "9f1c" "reviews:9080" "10.1.2.3:9080" outbound|9080|v1|reviews.shop.svc.cluster.local - 10.96.0.7:9080 10.1.2.9:40112 - default';
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/annotate.ts", "--json"], {
    encoding: "utf8",
    input: line,
  });
  const { codes, parts } = JSON.parse(out) as {
    codes: { error: string; surface: string }[];
    parts: { role: string; surface: string; term?: string; sense?: string }[];
  };
  assert.deepEqual(
    codes.map((c) => [c.surface, c.error]),
    // The details with their reason are the log's spelling of the 503 body's message.
    [
      ["UF", "uf"],
      ["upstream_reset_before_response_started{connection_failure}", "upstream-connect-error"],
    ],
  );
  const byRole = Object.fromEntries(parts.map((p) => [p.role, p]));
  assert.equal(byRole["cluster-name"]?.sense, "envoy");
  assert.equal(byRole.port?.surface, "9080");
  assert.equal(byRole.subset?.surface, "v1");
  assert.equal(byRole.host?.surface, "reviews.shop.svc.cluster.local");
  assert.equal(byRole["response-code"]?.surface, "503");
});

test("annotate without --json writes the text with readings inline", () => {
  const r = tsx("scripts/annotate.ts", [], "The VirtualService routes to a subset.");
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^The VirtualService\[virtual-service#istio istio \d\.\d\d\] routes.* to a subset\[subset#/);
});

test("lint-wiki reports ambiguous and misread words as path:line:col and exits 1", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "wiki-"));
  const file = path.join(dir, "page.md");
  writeFileSync(
    file,
    "# Runbook\n\nThe [cluster](/glossary/cluster/#kubernetes) in `istioctl proxy-config cluster` output is outbound|9080||reviews.\n",
  );
  const r = tsx("scripts/lint-wiki.ts", [file]);
  assert.equal(r.status, 1);
  assert.match(
    r.stdout,
    new RegExp(
      `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3:6: "cluster" links to Kubernetes cluster but the text reads as Envoy upstream cluster .* -> /glossary/cluster/#envoy$`,
      "m",
    ),
  );
  const clean = path.join(dir, "clean.md");
  writeFileSync(clean, "Nothing overloaded here, only `code`.\n");
  assert.equal(tsx("scripts/lint-wiki.ts", [clean]).status, 0);
});
