import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Link, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { type Transformer, unified } from "unified";
import { visit } from "unist-util-visit";
import { loadContent } from "../../../lib/content/load";
import { buildDecoderData, DECODER_DATA_VERSION } from "../../../lib/decoder/data";
import remarkMeshAtlas, { type DecoderDataJson, type Options } from "../src/index";

const here = path.dirname(fileURLToPath(import.meta.url));
const dataFile = path.join(here, "data.json");
const data = JSON.parse(readFileSync(dataFile, "utf8")) as DecoderDataJson;
const site = "https://atlas.example.com/";
/** vfile's VFile, reached through unified (whose package the repository declares). */
type VFile = Parameters<Transformer<Root, Root>>[1];

/** The tree after the plugin, and the file with its messages. */
function run(markdown: string, options: Options) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMeshAtlas, options);
  const tree = processor.parse(markdown);
  // The callback form is the one that hands back the file unified made for the text.
  return new Promise<{ tree: Root; file: VFile }>((resolve, reject) => {
    processor.run(tree, markdown, (error, result, file) => {
      if (error || !result || !file) reject(error);
      else resolve({ tree: result, file });
    });
  });
}

const links = (tree: Root) => {
  const found: Link[] = [];
  visit(tree, "link", (l) => {
    found.push(l);
  });
  return found;
};

describe("options", () => {
  const setUp = (options: unknown) => () =>
    unified()
      .use(remarkMeshAtlas, options as Options)
      .freeze();

  test("a missing or bad site names the option", () => {
    assert.throws(setUp(undefined), /remark-mesh-atlas: options are required, at least `site`/);
    assert.throws(setUp({ data }), /remark-mesh-atlas: the `site` option is required/);
    assert.throws(setUp({ site: "atlas.example.com", data }), /`site` must be an absolute http\(s\) URL/);
    assert.throws(setUp({ site: "ftp://atlas.example.com/", data }), /`site` must be an absolute http\(s\) URL/);
    assert.throws(setUp({ site: "https://atlas.example.com/?x=1", data }), /must not have a query or fragment/);
  });

  test("data of another version fails with the schema's message", () => {
    assert.throws(
      setUp({ site, data: { ...data, version: DECODER_DATA_VERSION - 1 } }),
      new RegExp(
        `remark-mesh-atlas: the \`data\` option: not decoder data this code can read at version: decoder data version ${DECODER_DATA_VERSION - 1} is not ${DECODER_DATA_VERSION}`,
      ),
    );
    assert.throws(
      setUp({ site, data: { version: DECODER_DATA_VERSION } }),
      /not decoder data this code can read at terms/,
    );
  });

  test("data from a path or a file URL; a missing file or no data at all is explained", async () => {
    for (const from of [dataFile, pathToFileURL(dataFile), pathToFileURL(dataFile).href]) {
      const { tree } = await run("Switch kubectl with --context to the other cluster.", { site, data: from });
      assert.equal(links(tree)[0]?.url, "https://atlas.example.com/glossary/cluster/#kubernetes");
    }
    assert.throws(
      setUp({ site, data: path.join(here, "missing.json") }),
      /cannot read the `data` file .*missing\.json/,
    );
    // From the sources there is no decoder.json beside the plugin: only the built bundle has one.
    assert.throws(setUp({ site }), /no `data` option and no decoder\.json beside the plugin .*npm run build:plugin/);
  });

  test("minConfidence and terms are checked", () => {
    assert.throws(setUp({ site, data, minConfidence: 2 }), /`minConfidence` must be a number from 0 to 1; got 2/);
    assert.throws(setUp({ site, data, terms: "some" }), /`terms` must be "all" or "overloaded"; got "some"/);
  });
});

describe("links", () => {
  test("inserted nodes carry the source positions of what they replace", async () => {
    const markdown =
      "> A quote whose second line has\n> the endpoints of a Service, listed by kubectl get endpoints.\n";
    const { tree } = await run(markdown, { site, data });
    const found = links(tree);
    assert.deepEqual(
      found.map((l) => l.url),
      [
        "https://atlas.example.com/glossary/endpoint/#kubernetes",
        "https://atlas.example.com/glossary/service/#kubernetes",
      ],
    );
    visit(tree, "text", (node) => {
      const { start, end } = node.position ?? {};
      assert.ok(start?.offset !== undefined && end?.offset !== undefined, `position of ${JSON.stringify(node.value)}`);
      // The second line starts after "> ": line and column agree with the offset.
      const lines = markdown.slice(0, start.offset).split("\n");
      assert.equal(start.line, lines.length);
      assert.equal(start.column, (lines.at(-1) ?? "").length + 1);
      if (!node.value.includes("\n")) assert.equal(markdown.slice(start.offset, end.offset), node.value);
    });
  });

  test("a piece of text that starts or ends with an escape keeps its backslash in its position", async () => {
    const markdown = "\\*Note\\*: switch kubectl with --context to the other cluster \\*now\\*";
    const { tree } = await run(markdown, { site, data });
    const pieces: [string, string][] = [];
    visit(tree, "text", (node) => {
      pieces.push([node.value, markdown.slice(node.position?.start.offset, node.position?.end.offset)]);
    });
    assert.deepEqual(pieces, [
      [
        "*Note*: switch kubectl with --context to the other ",
        "\\*Note\\*: switch kubectl with --context to the other ",
      ],
      ["cluster", "cluster"],
      [" *now*", " \\*now\\*"],
    ]);
  });

  test("each link's title is the sense's label and short definition", async () => {
    const { tree } = await run("Run `istioctl proxy-config cluster` to list each cluster Envoy knows.", { site, data });
    const [link] = links(tree);
    assert.equal(link?.url, "https://atlas.example.com/glossary/cluster/#envoy");
    assert.equal(
      link?.title,
      "Envoy upstream cluster: A named group of upstream endpoints that an Envoy proxy load-balances across.",
    );
  });

  test("a byte order mark does not shift the links", async () => {
    const processor = unified().use(remarkParse).use(remarkMeshAtlas, { site, data }).use(remarkStringify);
    const out = String(await processor.process("\uFEFFSwitch kubectl with --context to the other cluster."));
    assert.match(out, /the other \[cluster\]\(https:\/\/atlas\.example\.com\/glossary\/cluster\/#kubernetes /);
  });
});

describe("lint", () => {
  test("messages carry place, rule and the suggested URL on the site", async () => {
    const { file } = await run("The gateway.\n", { site: "https://docs.example.com/atlas", data, lint: true });
    assert.equal(file.messages.length, 1);
    const [m] = file.messages;
    assert.equal(m?.line, 1);
    assert.equal(m?.column, 5);
    assert.equal(m?.ruleId, "ambiguous");
    assert.equal(m?.source, "remark-mesh-atlas");
    assert.equal(m?.fatal, false);
    assert.deepEqual(m?.expected, ["https://docs.example.com/atlas/glossary/gateway/#istio"]);
    assert.match(m?.reason ?? "", /^"gateway" is ambiguous here \(Istio Gateway 56%, Gateway API Gateway 44%\)/);
  });

  test("with lint only, the document is left as it is", async () => {
    const { tree } = await run("The gateway with gatewayClassName istio takes an HTTPRoute.", {
      site,
      data,
      lint: true,
      link: false,
    });
    assert.deepEqual(links(tree), []);
  });
});

describe("over the real glossary", () => {
  const real = buildDecoderData(loadContent().content) as unknown as DecoderDataJson;

  test("an Envoy cluster in istioctl's words, a Kubernetes cluster in kubectl's", async () => {
    const envoy = await run(
      "Run `istioctl proxy-config cluster productpage-v1` to list the clusters Envoy knows; each cluster is named like outbound|9080||reviews.default.svc.cluster.local.",
      { site, data: real },
    );
    const clusters = links(envoy.tree).filter((l) => l.url.includes("/glossary/cluster/"));
    // The command is inline code: the first mention in prose is linked, and only it.
    assert.deepEqual(
      clusters.map((l) => [l.url, (l.children[0] as { value: string }).value]),
      [["https://atlas.example.com/glossary/cluster/#envoy", "clusters"]],
    );
    const kubernetes = await run(
      "We run two Kubernetes clusters; switch kubectl with --context to reach the other cluster.",
      {
        site,
        data: real,
      },
    );
    assert.equal(links(kubernetes.tree)[0]?.url, "https://atlas.example.com/glossary/cluster/#kubernetes");
  });

  test("only overloaded terms with terms: overloaded", async () => {
    const text = "The pod talks to the cluster through kubectl and its kubeconfig.";
    const all = links((await run(text, { site, data: real })).tree).map((l) => l.url);
    const overloaded = links((await run(text, { site, data: real, terms: "overloaded" })).tree).map((l) => l.url);
    assert.ok(
      all.some((u) => u.includes("/glossary/pod/")),
      all.join(" "),
    );
    assert.deepEqual(overloaded, ["https://atlas.example.com/glossary/cluster/#kubernetes"]);
  });
});
