import assert from "node:assert/strict";
import { test } from "node:test";
import { filterDocs } from "./filter";
import { buildDocsFilterData, docsFilterDataSchema } from "./filter-data";
import type { DocsNode } from "./load";

const page = (path: string, title: string, extra: Partial<DocsNode> = {}): DocsNode =>
  ({
    path,
    title,
    linktitle: null,
    headings: [],
    keywords: [],
    summary: null,
    answers: [],
    ...extra,
  }) as unknown as DocsNode;

const pages = [
  page("", "Docs"),
  page("tasks", "Tasks"),
  page("tasks/traffic", "Traffic Management"),
  page("tasks/traffic/ingress", "Secure Gateways", {
    headings: [{ text: "Configure SNI routing", anchor: "sni" }] as DocsNode["headings"],
    answers: ["why do I get wrong version number"],
  }),
  page("ops", "Operations", { summary: "Running Istio day to day." }),
];

test("the filter data leaves out the docs root and is valid on the wire", () => {
  const data = buildDocsFilterData(pages);
  assert.deepEqual(
    data.pages.map(([p]) => p),
    ["tasks", "tasks/traffic", "tasks/traffic/ingress", "ops"],
  );
  assert.equal(docsFilterDataSchema.safeParse(JSON.parse(JSON.stringify(data))).success, true);
});

test("every word must match, in any field, and the pages above a match stay shown", () => {
  const data = buildDocsFilterData(pages);
  const { matches, shown } = filterDocs(data, "SNI  routing");
  assert.deepEqual([...matches], ["tasks/traffic/ingress"]);
  assert.deepEqual([...shown].sort(), ["tasks", "tasks/traffic", "tasks/traffic/ingress"]);
  assert.deepEqual([...filterDocs(data, "wrong version").matches], ["tasks/traffic/ingress"]);
  assert.deepEqual([...filterDocs(data, "day to day").matches], ["ops"]);
  assert.equal(filterDocs(data, "sni ops").matches.size, 0);
});
