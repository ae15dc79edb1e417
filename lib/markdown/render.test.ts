import assert from "node:assert/strict";
import { test } from "node:test";
import type { Element, Root, RootContent } from "hast";
import { cardHeading } from "./remark-glossary-links";
import { renderMarkdown } from "./render";

function walk(node: Root | RootContent, visit: (el: Element) => void): void {
  if (node.type === "element") visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

test("raw HTML, scripts and event handlers never reach the page", () => {
  const tree = renderMarkdown(
    'Hello <script>alert(1)</script> <img src="x" onerror="alert(2)"> [x](javascript:alert(3)) <a href="#" onclick="alert(4)">y</a>',
  );
  const seen: Element[] = [];
  walk(tree, (el) => seen.push(el));
  assert.ok(!seen.some((el) => el.tagName === "script"), "no <script> element");
  for (const el of seen) {
    for (const key of Object.keys(el.properties)) assert.ok(!/^on/i.test(key), `no ${key} on <${el.tagName}>`);
    const href = el.properties.href;
    if (typeof href === "string") assert.ok(!href.toLowerCase().startsWith("javascript:"), "no javascript: link");
  }
});

test("Markdown tables, code and links render", () => {
  const tree = renderMarkdown("| a | b |\n| --- | --- |\n| `x` | [y](https://istio.io/) |\n");
  const tags: string[] = [];
  walk(tree, (el) => tags.push(el.tagName));
  for (const tag of ["table", "code", "a"]) assert.ok(tags.includes(tag), `renders <${tag}>`);
});

test("with a page-wide `seen`, each sense is linked once per page; another sense of the word still is", async () => {
  const { loadContent } = await import("../content/load");
  const { buildDecoderData } = await import("../decoder/data");
  const data = buildDecoderData(loadContent().content);
  const links = (tree: Root) => {
    const hrefs: string[] = [];
    walk(tree, (el) => {
      if (el.tagName === "a") hrefs.push(String(el.properties.href));
    });
    return hrefs;
  };
  const seen = new Set<string>();
  const first = links(renderMarkdown("Apply a VirtualService.", { data, seen }));
  const again = links(renderMarkdown("Then another VirtualService.", { data, seen }));
  const alone = links(renderMarkdown("Then another VirtualService.", { data }));
  assert.deepEqual(first, ["/glossary/virtual-service/#istio"]);
  assert.deepEqual(again, []);
  assert.deepEqual(alone, ["/glossary/virtual-service/#istio"]);
  const envoy = links(renderMarkdown("Each Envoy cluster is an upstream.", { data, seen }));
  const k8s = links(renderMarkdown("Each Kubernetes cluster runs istiod.", { data, seen }));
  const envoyAgain = links(renderMarkdown("Envoy cluster stats.", { data, seen }));
  assert.ok(envoy.some((h) => h.startsWith("/glossary/cluster/")));
  assert.ok(k8s.some((h) => h.startsWith("/glossary/cluster/")));
  assert.notDeepEqual(envoy, k8s);
  assert.deepEqual(
    envoyAgain.filter((h) => h.startsWith("/glossary/cluster/")),
    [],
  );
});

test("with cards for overloaded terms only, a one-sense term's link has no card; an overloaded term's keeps it", async () => {
  const { loadContent } = await import("../content/load");
  const { buildDecoderData } = await import("../decoder/data");
  const data = buildDecoderData(loadContent().content);
  const titles = (tree: Root) => {
    const out: Record<string, unknown> = {};
    walk(tree, (el) => {
      if (el.tagName === "a") out[String(el.properties.href).split("#")[0] ?? ""] = el.properties.title;
    });
    return out;
  };
  const text = "Apply a VirtualService to each Envoy cluster.";
  const few = titles(renderMarkdown(text, { data, cards: "overloaded" }));
  const every = titles(renderMarkdown(text, { data }));
  assert.equal(few["/glossary/virtual-service/"], undefined);
  assert.match(String(every["/glossary/virtual-service/"]), /VirtualService/);
  assert.match(String(few["/glossary/cluster/"]), /Envoy/);
});

test("a glossary link's card is headed by the sense's label, with the term's name only when the label lacks it", () => {
  assert.equal(cardHeading("Timeout", "VirtualService request timeout"), "VirtualService request timeout");
  assert.equal(
    cardHeading("kubeconfig", "Kubernetes client configuration"),
    "kubeconfig (Kubernetes client configuration)",
  );
});
