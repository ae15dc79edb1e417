import assert from "node:assert/strict";
import { test } from "node:test";
import { splitTermRef } from "../source/term-ref";
import { compareKind } from "./compare";
import { loadContent } from "./load";

test("a card links the terms it compares and the entries its title names as columns", () => {
  const content = loadContent().content;
  const links = (id: string) => compareKind.records?.(content.compare, content).find((r) => r.id === id)?.links ?? [];
  // Its columns link proxy#ztunnel and data-plane#ambient; its title says "ztunnel" and "waypoint".
  assert.deepEqual(
    [...new Set(links("sidecars-and-node-proxies").map((ref) => splitTermRef(ref)[0]))]
      .filter((slug) => ["ztunnel", "waypoint", "sidecar"].includes(slug))
      .sort(),
    ["sidecar", "waypoint", "ztunnel"],
  );
  assert.ok(
    links("gateways")
      .map((ref) => splitTermRef(ref)[0])
      .includes("ingress-gateway"),
  );
  // "Sidecar resource" also names another entry's alias: a column naming two entries adds neither.
  assert.ok(
    !links("sidecars-and-node-proxies")
      .map((ref) => splitTermRef(ref)[0])
      .includes("proxy-resource-annotations"),
  );
  // A column's link keeps the sense the card names, so a query about another sense does not lift the card.
  assert.ok(links("sidecars-and-node-proxies").includes("proxy#ztunnel"));
});
