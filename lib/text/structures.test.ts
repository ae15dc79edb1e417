import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { docsPathsIn, findStructures, structureNames } from "./structures";

/** Each structure's parts as [role, text], checking every offset points at its text. */
function parts(text: string, kind: string): [string, string][] {
  const found = findStructures(text).filter((s) => s.kind === kind);
  assert.ok(found.length > 0, `no ${kind} in ${text}`);
  return found.flatMap((s) =>
    s.parts.map((p): [string, string] => {
      assert.equal(text.slice(p.start, p.end), p.text, `${p.role} offset`);
      return [p.role, p.text];
    }),
  );
}

describe("structures", () => {
  test("an access-log line in the default text format: status, each flag, the details", () => {
    const line =
      '[2026-11-30T09:14:02.733Z] "GET /r HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 2 - "-" "curl/8.5.0" "4e2a" "reviews:9080" "10.1.2.3:9080" outbound|9080||reviews.shop.svc.cluster.local';
    assert.deepEqual(parts(line, "access-log"), [
      ["response-code", "503"],
      ["response-flag", "UF"],
      ["response-flag", "URX"],
      ["response-code-details", "upstream_reset_before_response_started{connection_failure}"],
    ]);
    assert.deepEqual(parts(line, "envoy-cluster"), [
      ["direction", "outbound"],
      ["port", "9080"],
      ["host", "reviews.shop.svc.cluster.local"],
    ]);
  });

  test("an access-log line cut short after its flags is one too", () => {
    assert.deepEqual(parts('"- - -" 0 NR', "access-log"), [
      ["response-code", "0"],
      ["response-flag", "NR"],
    ]);
  });

  test("a JSON access-log line gives its flags and details", () => {
    const line = '{"response_code":0,"response_flags":"DC","response_code_details":"downstream_remote_disconnect"}';
    assert.deepEqual(parts(line, "access-log-json"), [
      ["response-flag", "DC"],
      ["response-code-details", "downstream_remote_disconnect"],
    ]);
  });

  test("a ztunnel connection log line: workloads, the HBONE address, the direction, the error", () => {
    const line =
      '2026-11-30T10:02:11.418203Z\terror\taccess\tconnection complete src.addr=10.244.1.8:40312 src.workload="frontend-5c7d" dst.addr=10.244.2.14:15008 dst.hbone_addr=10.244.2.14:8080 dst.workload="orders-6b8f" direction="inbound" bytes_sent=0 error="connection closed due to policy rejection: allow policies exist, but none allowed"';
    assert.deepEqual(parts(line, "ztunnel-log"), [
      ["workload", "frontend-5c7d"],
      ["hbone-address", "10.244.2.14:8080"],
      ["workload", "orders-6b8f"],
      ["direction", "inbound"],
      ["close-reason", "connection closed due to policy rejection: allow policies exist, but none allowed"],
    ]);
  });

  test("istiod push lines: the xDS type, the kind of push, the proxy and the config that started it", () => {
    const log = [
      "2026-11-30T10:07:00.101Z\tinfo\tads\tPush debounce stable[41] 2 for config ServiceEntry/shop/payments-api: 100.4ms since last change, 112.9ms since last push, forced=false",
      "2026-11-30T10:07:00.122Z\tinfo\tads\tCDS: PUSH INC for node:orders-6b8f7c9d4-zx2lk.shop resources:31 size:36.2kB",
      "2026-11-30T10:07:01.003Z\tinfo\tads\tLDS: PUSH request for node:istio-ingressgateway-7f9c8d6b5-m4n2p.istio-system resources:4 size:9.1kB",
    ].join("\n");
    assert.deepEqual(parts(log, "istiod-push"), [
      ["resource", "ServiceEntry/shop/payments-api"],
      ["xds-type", "CDS"],
      ["push-type", "PUSH INC"],
      ["pod", "orders-6b8f7c9d4-zx2lk"],
      ["namespace", "shop"],
      ["resource-count", "31"],
      ["xds-type", "LDS"],
      ["push-type", "PUSH request"],
      ["pod", "istio-ingressgateway-7f9c8d6b5-m4n2p"],
      ["namespace", "istio-system"],
      ["resource-count", "4"],
    ]);
  });

  test("an istioctl analyze line and a SPIFFE id", () => {
    assert.deepEqual(
      parts('Error [IST0101] (VirtualService shop/reviews) Referenced host not found: "ratings"', "analyzer-line"),
      [
        ["analyzer-level", "Error"],
        ["analyzer-code", "IST0101"],
        ["resource", "VirtualService shop/reviews"],
      ],
    );
    assert.deepEqual(parts("spiffe://cluster.local/ns/payments/sa/ledger", "spiffe-id"), [
      ["trust-domain", "cluster.local"],
      ["namespace", "payments"],
      ["service-account", "ledger"],
    ]);
  });

  test("an Envoy filter's name or config type: where it runs and which filter; search keeps the name's words", () => {
    assert.deepEqual(parts("add envoy.filters.http.local_ratelimit before the router", "envoy-filter"), [
      ["filter-type", "http"],
      ["filter-name", "local_ratelimit"],
    ]);
    const typed = "type.googleapis.com/envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy";
    assert.deepEqual(parts(typed, "envoy-filter"), [
      ["filter-type", "network"],
      ["filter-name", "tcp_proxy"],
    ]);
    const pasted = "envoy.filters.network.http_connection_manager";
    const names = structureNames(pasted);
    assert.deepEqual(names.kinds, ["network filter"]);
    // Only the prefix is blanked: `http_connection_manager` is still read.
    assert.deepEqual(names.spans, [[0, pasted.indexOf("http_")]]);
  });

  test("prose has no structures; a structure inside another is a part, not a second paste", () => {
    assert.deepEqual(findStructures("the push went out to every proxy, outbound traffic was fine"), []);
    const names = structureNames("outbound|9080|v1|reviews.shop.svc.cluster.local");
    assert.deepEqual(names.kinds, ["Envoy cluster"]);
    assert.equal(names.spans.length, 1);
  });
});

test("istio.io docs addresses in a text give their pages' paths, whatever the release, language or anchor", () => {
  assert.deepEqual(
    docsPathsIn(
      "See https://istio.io/latest/docs/tasks/security/#before-you-begin, istio.io/v1.20/docs/setup/install/helm/. " +
        "and https://istio.io/latest/zh/docs/ops/ then https://istio.io/latest/docs/",
    ),
    ["tasks/security", "setup/install/helm", "ops", ""],
  );
  // Not the docs: a blog post, another site's /docs/.
  assert.deepEqual(docsPathsIn("https://istio.io/latest/blog/2024/x/ and https://example.com/docs/a/"), []);
});
