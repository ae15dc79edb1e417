import assert from "node:assert/strict";
import { test } from "node:test";
import { buildSearchIndex } from "./engine";
import { createSearchHost, warmUpQueries } from "./host";
import { other, sense } from "./test-records";

const data = buildSearchIndex([
  sense("access-log", "envoy", { title: "Access log", aliases: ["accessLogFile"] }),
  sense("cluster", "envoy", { title: "Cluster", subtitle: "Envoy cluster" }),
  other("error", "uf", "UF"),
]);
const index = JSON.stringify(data);

test("warm-up queries are made from the index's own names, one of each shape", () => {
  const queries = warmUpQueries(data);
  assert.ok(queries.includes("Access log"), "a name");
  assert.ok(queries.includes("Acess log"), "a slip");
  assert.ok(queries.includes("Access log vs Cluster"), "two names compared");
  assert.ok(
    queries.some((q) => q.startsWith("outbound|80||")),
    "a pasted Envoy cluster name",
  );
  assert.deepEqual(warmUpQueries(buildSearchIndex([])), [], "nothing to make them from");
});

test("with the docs pages' part, the warm-up also names a field and a variable, the field with a slip too", () => {
  const rest = buildSearchIndex([
    other("doc", "docs/reference/config/networking/sidecar", "Sidecar", {
      reference: [
        { name: "outboundTrafficPolicy", kind: "field", path: "outboundTrafficPolicy" },
        { name: "ISTIO_META_DNS_CAPTURE", kind: "env", of: "pilot-agent" },
      ],
    }),
  ]);
  const queries = warmUpQueries(data, rest);
  for (const q of ["outboundTrafficPolicy", "otboundTrafficPolicy", "ISTIO_META_DNS_CAPTURE"])
    assert.ok(queries.includes(q), q);
  assert.ok(!warmUpQueries(data).includes("outboundTrafficPolicy"), "the first part alone has no facts");
});

test("a built engine is warmed up one query per task, after the load is answered, and answers in between", async () => {
  const tasks: (() => void)[] = [];
  const host = createSearchHost((task) => tasks.push(task));
  await host({ op: "load", part: "first", index, from: "first.json" });
  let ran = 0;
  while (tasks.length > 0) {
    assert.equal(tasks.length, 1, "one warm-up query waits at a time");
    tasks.shift()?.();
    ran++;
    const { results } = await host({ op: "search", part: "first", query: "cluster", limit: 3 });
    assert.equal(results[0]?.id, "cluster", "a reader's query is answered between warm-up queries");
  }
  assert.equal(ran, warmUpQueries(data).length);
});
