import assert from "node:assert/strict";
import { test } from "node:test";
import type { Element, Root, RootContent } from "hast";
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
