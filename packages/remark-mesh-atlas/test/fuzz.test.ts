import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { Link, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { fuzzParams, hostileString } from "../../../lib/testing/hostile-strings";
import remarkMeshAtlas, { type DecoderDataJson } from "../src/index";

const RUNS = 500;
const site = "https://atlas.example.com/";
const here = path.dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(path.join(here, "data.json"), "utf8")) as DecoderDataJson;
const names = (data.names as [string, number][]).map(([name]) => name);
/** Markdown that moves offsets or hides text: escapes, references, quotes, lists, code, links, tables. */
const MARKDOWN = [
  "\\*",
  "\\[",
  "&amp;",
  "&#42;",
  "\n> ",
  "\n- ",
  "\n  ",
  "`cluster`",
  "**gateway**",
  "_endpoints_",
  "~~cluster~~",
  "[the cluster](https://atlas.example.com/glossary/cluster/#envoy)",
  "[svc]",
  "\n\n[svc]: https://atlas.example.com/glossary/service/\n\n",
  "\n\n| Cluster | b |\n| - | - |\n| cluster | gateway |\n\n",
  "\n# Gateway\n",
  "[^1]\n\n[^1]: the cluster\n\n",
  "kubectl --context",
  "istioctl proxy-config cluster",
  "gatewayClassName",
];
const parser = unified().use(remarkParse).use(remarkGfm);
/** The tree as the plugin left it, kept by the plugin after it. */
let after: Root | undefined;
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMeshAtlas, { site, data, lint: true })
  .use(() => (tree: Root) => {
    after = tree;
  })
  .use(remarkStringify);

const texts = (tree: Root) => {
  const values: string[] = [];
  visit(tree, "text", (n) => {
    values.push(n.value);
  });
  return values.join("");
};
const linksOf = (tree: Root) => {
  const found: Link[] = [];
  visit(tree, "link", (l) => {
    found.push(l);
  });
  return found;
};

const hostile = hostileString([...names, ...MARKDOWN], { maxFragments: 15 });
/** Hostile text around a sentence the decoder reads with confidence, so most pages have a link to check. */
const page = fc
  .tuple(hostile, hostile)
  .map(([a, b]) => `${a} Switch kubectl with --context to the other cluster; the Gateway takes an HTTPRoute. ${b}`);

/** How many links and messages the properties checked: none would make them vacuous. */
const checked = { links: 0, messages: 0 };

test(`${RUNS} hostile Markdown pages: the text is kept, each term linked once where it stands`, (t) => {
  fc.assert(
    fc.property(page, (markdown) => {
      const before = parser.parse(markdown);
      const file = processor.processSync(markdown);
      const tree = after;
      assert.ok(tree);
      assert.equal(texts(tree), texts(before), "the text is the same, split around links");
      const source = markdown.replace(/^\uFEFF/, "");
      const had = new Set(linksOf(before).map((l) => l.url));
      const added = linksOf(tree).filter((l) => l.title?.includes(": ") && !had.has(l.url));
      const slugs = added.map((l) => /\/glossary\/([a-z0-9-]+)\//.exec(l.url)?.[1]);
      assert.equal(new Set(slugs).size, slugs.length, `one link per term: ${slugs.join(", ")}`);
      for (const l of added) {
        assert.ok(l.url.startsWith(`${site}glossary/`), l.url);
        const [child] = l.children;
        const { start, end } = l.position ?? {};
        assert.ok(child?.type === "text" && start?.offset !== undefined && end?.offset !== undefined);
        assert.equal(source.slice(start.offset, end.offset), child.value, "the link stands where its text was");
      }
      const lines = source.split("\n");
      for (const m of file.messages) {
        assert.ok(m.ruleId === "ambiguous" || m.ruleId === "wrong-sense", String(m.ruleId));
        const line = lines[(m.line ?? 0) - 1];
        assert.ok(
          line !== undefined && (m.column ?? 0) >= 1 && (m.column ?? 0) <= line.length,
          `${m.line}:${m.column}`,
        );
      }
      checked.links += added.length;
      checked.messages += file.messages.length;
    }),
    fuzzParams(RUNS),
  );
  t.diagnostic(`${checked.links} links, ${checked.messages} lint messages checked`);
  assert.ok(checked.links > RUNS && checked.messages > RUNS / 2, JSON.stringify(checked));
});
