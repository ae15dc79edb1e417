import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { commandOfSource, findEnvHomes } from "./env-homes";
import { loadDocsMap } from "./load";

const ALL = ["install-cni", "istioctl", "pilot-agent", "pilot-discovery"];

test("a variable's home is the one command whose own sources write its name", () => {
  const homes = findEnvHomes(
    [
      { file: "pilot/pkg/features/pilot.go", text: 'env.Register("PILOT_FOO", false, "")' },
      { file: "pilot/cmd/pilot-agent/options/options.go", text: 'env.Register("AGENT_BAR", "", "")' },
      // Shared code and tests do not make a home; two commands writing a name leave it without one.
      { file: "pkg/keepalive/options.go", text: 'env.Register("SHARED_BAZ", 1, "")' },
      { file: "pilot/pkg/features/pilot_test.go", text: '"SHARED_BAZ" "ONLY_TESTED"' },
      { file: "cni/pkg/config.go", text: '"BOTH_QUX"' },
      { file: "istioctl/pkg/root.go", text: '"BOTH_QUX" "NOT_LISTED_THERE"' },
      { file: "pilot/pkg/model/push.go", text: "// PILOT_FOO, unquoted, is not a definition" },
    ],
    new Map([
      ["PILOT_FOO", ALL],
      ["AGENT_BAR", ALL],
      ["SHARED_BAZ", ALL],
      ["ONLY_TESTED", ALL],
      ["BOTH_QUX", ALL],
      ["NOT_LISTED_THERE", ["pilot-agent", "pilot-discovery"]],
      // One page only: nothing to choose between.
      ["SINGLE", ["pilot-agent"]],
    ]),
  );
  assert.deepEqual(homes, { AGENT_BAR: "pilot-agent", PILOT_FOO: "pilot-discovery" });
  assert.equal(commandOfSource("pkg/istio-agent/agent.go"), "pilot-agent");
  assert.equal(commandOfSource("tools/istio-iptables/pkg/config.go"), null);
});

/** A docs map with two command pages that both list PILOT_FOO, and the homes file `homes`. */
function fixture(homes: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "env-homes-"));
  const dir = path.join(root, "docs-map");
  mkdirSync(dir, { recursive: true });
  const page = (p: string, parent: string | null) => ({
    path: p,
    title: p || "Docs",
    weight: null,
    parent,
    headings: [],
    keywords: [],
    aliases: [],
  });
  const pages = [
    page("", null),
    page("reference/commands/pilot-agent", ""),
    page("reference/commands/pilot-discovery", ""),
  ];
  writeFileSync(path.join(dir, "pages.json"), JSON.stringify({ source: "test", pages }));
  writeFileSync(path.join(dir, "config.yaml"), 'release: "1.27"\nlink_version: v1.27\n');
  writeFileSync(
    path.join(dir, "annotations.yaml"),
    pages.map((p) => `"${p.path}":\n  summary: "About ${p.title}."\n  terms: [mesh]\n`).join(""),
  );
  const entry = (of: string) => ({ name: "PILOT_FOO", kind: "env", page: `reference/commands/${of}`, of });
  writeFileSync(
    path.join(dir, "reference.json"),
    JSON.stringify({
      source: "test",
      generated_by: "test",
      counts: { env: 2 },
      apis: {},
      entries: [entry("pilot-agent"), entry("pilot-discovery")],
    }),
  );
  writeFileSync(path.join(dir, "env-homes.json"), homes);
  return root;
}

test("the docs map marks a variable's entry on its home page, and nowhere else", () => {
  const { docsMap, problems } = loadDocsMap(
    fixture('{"source": "s", "generated_by": "g", "homes": {"PILOT_FOO": "pilot-discovery"}}'),
  );
  assert.deepEqual(problems, []);
  const marks = docsMap?.pages.flatMap((p) => p.reference.map((f) => [f.of, f.home === true]));
  assert.deepEqual(marks, [
    ["pilot-agent", false],
    ["pilot-discovery", true],
  ]);
});

test("a home for a variable the reference lacks, or on a page that does not list it, is an error at its line", () => {
  const { problems } = loadDocsMap(
    fixture(
      '{\n "source": "s",\n "generated_by": "g",\n "homes": {\n  "PILOT_FOO": "istioctl",\n  "NOPE": "pilot-agent"\n }\n}\n',
    ),
  );
  assert.deepEqual(
    problems.map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`),
    [
      'env-homes.json:5: "PILOT_FOO" has its home in istioctl, but only the pilot-agent, pilot-discovery pages list it',
      'env-homes.json:6: "NOPE" is no environment variable of the reference index',
    ],
  );
});
