import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadContent } from "../content/load";
import { buildDecoderData } from "../decoder/data";
import { createReader, PARTS, partRef } from "../decoder/read";
import type { PartRole } from "../text/structures";

const { content } = loadContent("content");
const data = buildDecoderData(content);
const read = createReader(data);

/** Lines written for this test in the formats Istio 1.31 prints (all names, IPs and ids are made up). */
const LINES: { line: string; codes: string[]; clusters: string[] }[] = [
  {
    line: '[2026-11-30T09:14:02.733Z] "GET /reviews/7 HTTP/1.1" 503 UF upstream_reset_before_response_started{remote_connection_failure} - "delayed connect error: Connection refused" 0 91 2 - "-" "curl/8.5.0" "4e2a9d10-77aa-4c61-9e1c-0d2f1b3e6a55" "reviews:9080" "10.244.2.31:9080" outbound|9080||reviews.shop.svc.cluster.local - 10.96.41.12:9080 10.244.1.17:48230 - default',
    // The details with their reason in braces are the access-log spelling of the 503's body.
    codes: ["UF", "upstream connect error or disconnect/reset before headers", "delayed connect error: 111"],
    clusters: ["outbound|9080||reviews.shop.svc.cluster.local"],
  },
  {
    line: '[2026-11-30T09:14:05.101Z] "GET /ratings/1 HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 30 - "-" "Go-http-client/1.1" "8c1d" "ratings:9080" "10.244.3.9:9080" outbound|9080|v2|ratings.shop.svc.cluster.local - 10.96.7.200:9080 10.244.1.17:51122 - -',
    codes: ["UF", "URX", "upstream connect error or disconnect/reset before headers"],
    clusters: ["outbound|9080|v2|ratings.shop.svc.cluster.local"],
  },
  {
    line: '[2026-11-30T09:15:11.020Z] "GET /api/v2/orders HTTP/1.1" 404 NR route_not_found - "-" 0 0 0 - "-" "curl/8.5.0" "19ab" "orders.shop:8080" "-" - - 10.96.12.4:8080 10.244.1.17:39012 - -',
    codes: ["NR"],
    clusters: [],
  },
  {
    line: '[2026-11-30T09:16:40.558Z] "POST /charge HTTP/2" 503 UH no_healthy_upstream - "-" 312 19 0 - "-" "grpc-java/1.63" "5d0e" "payments.pay:8080" "-" outbound|8080|v3|payments.pay.svc.cluster.local - 10.96.88.3:8080 10.244.4.2:60210 - -',
    codes: ["UH"],
    clusters: ["outbound|8080|v3|payments.pay.svc.cluster.local"],
  },
  {
    line: '[2026-11-30T09:17:02.004Z] "GET /slow HTTP/1.1" 504 UT response_timeout - "-" 0 24 15001 - "-" "curl/8.5.0" "aa01" "search.web:80" "10.244.2.77:8080" outbound|80||search.web.svc.cluster.local 10.244.1.17:44310 10.96.3.3:80 10.244.1.17:44308 - default',
    codes: ["UT"],
    clusters: ["outbound|80||search.web.svc.cluster.local"],
  },
  {
    line: '[2026-11-30T09:18:20.310Z] "- - -" 0 UF,URX - - "-" 0 0 10002 - "-" "-" "-" "-" "10.244.5.12:5432" outbound|5432||postgres.data.svc.cluster.local - 10.96.54.1:5432 10.244.1.17:52014 - -',
    codes: ["UF", "URX"],
    clusters: ["outbound|5432||postgres.data.svc.cluster.local"],
  },
  {
    line: '[2026-11-30T09:19:45.877Z] "POST /upload HTTP/1.1" 0 DC downstream_remote_disconnect - "-" 5242880 0 4120 - "-" "okhttp/4.12" "c0de" "files.shop:8080" "127.0.0.6:8080" inbound|8080|| 127.0.0.6:41217 10.244.2.40:8080 10.244.1.17:33020 outbound_.8080_._.files.shop.svc.cluster.local default',
    codes: ["DC"],
    // The requested server name is a cluster name in its SNI spelling.
    clusters: ["inbound|8080||", "outbound_.8080_._.files.shop.svc.cluster.local"],
  },
  {
    line: '[2026-11-30T09:20:02.115Z] "DELETE /api/orders/12 HTTP/1.1" 403 - rbac_access_denied_matched_policy[ns[shop]-policy[deny-delete]-rule[0]] - "-" 0 19 0 - "-" "curl/8.5.0" "7e7e" "orders.shop:8080" "-" inbound|8080|| - 10.244.2.40:8080 10.244.1.17:33100 outbound_.8080_._.orders.shop.svc.cluster.local -',
    codes: ["RBAC: access denied"],
    clusters: ["inbound|8080||", "outbound_.8080_._.orders.shop.svc.cluster.local"],
  },
  {
    line: '{"start_time":"2026-11-30T09:21:13.402Z","method":"GET","path":"/reviews/7","response_code":503,"response_flags":"UO","response_code_details":"upstream_reset_before_response_started{overflow}","upstream_cluster":"outbound|9080||reviews.shop.svc.cluster.local","upstream_host":"-"}',
    codes: ["UO", "upstream connect error or disconnect/reset before headers"],
    clusters: ["outbound|9080||reviews.shop.svc.cluster.local"],
  },
  {
    line: '{"response_code":0,"response_flags":"NR","response_code_details":"filter_chain_not_found","upstream_cluster":"-","downstream_remote_address":"10.244.7.3:50122"}',
    codes: ["NR"],
    clusters: [],
  },
  {
    line: '{"response_code":502,"response_flags":"UC,URX","response_code_details":"upstream_reset_before_response_started{connection_termination}","upstream_cluster":"outbound|7070||cart.shop.svc.cluster.local"}',
    codes: [
      "UC",
      "URX",
      "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
    ],
    clusters: ["outbound|7070||cart.shop.svc.cluster.local"],
  },
  {
    line: '[2026-11-30T09:23:40.010Z] "- - -" 0 UH - - "-" 0 0 0 - "-" "-" "-" "-" "-" BlackHoleCluster - 93.184.215.14:443 10.244.1.17:40112 - -',
    codes: ["UH", "BlackHoleCluster"],
    clusters: [],
  },
  {
    line: '[2026-11-30T09:24:02.641Z] "- - -" 0 - - - "-" 1220 5342 311 - "-" "-" "-" "-" "140.82.113.4:443" PassthroughCluster 10.244.1.17:49820 140.82.113.4:443 10.244.1.17:49818 github.com -',
    codes: ["PassthroughCluster"],
    clusters: [],
  },
];

describe("pasted log lines", () => {
  for (const { line, codes, clusters } of LINES) {
    test(`${line.slice(0, 72)}…`, () => {
      const r = read(line);
      // Each error once, in text order (a flag and its details may both name it).
      assert.deepEqual([...new Set(r.codes.map((c) => c.code))], codes);
      for (const c of r.codes) assert.equal(line.slice(c.start, c.end), c.surface);
      assert.deepEqual(
        r.parts.filter((p) => p.role === "cluster-name").map((p) => p.surface),
        clusters,
      );
      // Every part of every cluster name says what it is; the port and host also link their sense.
      for (const p of r.parts) {
        assert.ok(p.explanation.length > 10, `${p.role} explained`);
        if (p.role === "port" || p.role === "host" || p.role === "cluster-name") assert.ok(p.term, `${p.role} linked`);
      }
    });
  }

  test("istioctl analyze output: each code, its level and resource", () => {
    const out = [
      'Error [IST0101] (VirtualService shop/reviews) Referenced host+subset in destinationrule not found: "reviews+v4"',
      "Warning [IST0118] (Service shop/legacy) Port name legacy (port: 8080, targetPort: 8080) doesn't follow the naming convention of Istio port.",
      "Info [IST0102] (Namespace batch) The namespace is not enabled for Istio injection.",
    ].join("\n");
    const r = read(out);
    assert.deepEqual(
      r.codes.map((c) => c.code),
      ["IST0101", "IST0118", "IST0102"],
    );
    assert.deepEqual(
      r.parts.filter((p) => p.role === "resource").map((p) => p.surface),
      ["VirtualService shop/reviews", "Service shop/legacy", "Namespace batch"],
    );
  });

  test("a ztunnel connection log line: its error message, identities and HBONE address", () => {
    const line =
      '2026-11-30T10:02:11.418203Z\terror\taccess\tconnection complete src.addr=10.244.1.8:40312 src.workload="frontend-5c7d9b8f6-pq4rm" src.namespace="shop" src.identity="spiffe://cluster.local/ns/shop/sa/frontend" dst.addr=10.244.2.14:15008 dst.hbone_addr=10.244.2.14:8080 dst.service="orders.shop.svc.cluster.local" dst.workload="orders-6b8f7c9d4-zx2lk" dst.namespace="shop" direction="inbound" bytes_sent=0 bytes_recv=0 duration="0ms" error="connection closed due to policy rejection: allow policies exist, but none allowed"';
    const r = read(line);
    assert.deepEqual(
      r.codes.map((c) => c.error),
      ["ztunnel-policy-rejection", "ztunnel-policy-rejection"],
    );
    const roles = new Set(r.parts.map((p) => p.role));
    for (const role of ["trust-domain", "service-account", "hbone-address", "workload", "direction"] as const)
      assert.ok(roles.has(role), role);
  });

  test("Envoy's own log line, in the format Istio's bootstrap gives it, names Istio's proxy by its logger", () => {
    // tools/packaging/common/envoy_bootstrap.json: "%Y-%m-%dT%T.%fZ\t%l\tenvoy %n %g:%#\t%v\tthread=%t".
    const line =
      "2026-11-30T10:09:41.502117Z\twarning\tenvoy config external/envoy/source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:138\tgRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: duplicate listener 0.0.0.0_8443 found\tthread=19";
    const envoy = read(line).terms.find((t) => t.surface === "envoy");
    assert.equal(`${envoy?.term}#${envoy?.sense}`, "envoy#istio", envoy?.reason);
    // The project's name in prose about its code stays the project.
    const prose = read("Envoy's listener manager rejects a second listener on the same address.").terms;
    assert.equal(prose.find((t) => t.surface === "Envoy")?.sense, "envoy");
  });

  test("an istiod push log: the xDS type links its entry, the proxy's pod and namespace", () => {
    const line =
      "2026-11-30T10:07:00.122Z\tinfo\tads\tCDS: PUSH INC for node:orders-6b8f7c9d4-zx2lk.shop resources:31 size:36.2kB";
    const r = read(line);
    const byRole = new Map(r.parts.map((p) => [p.role, p]));
    assert.equal(byRole.get("xds-type")?.term, "cds");
    assert.equal(byRole.get("pod")?.surface, "orders-6b8f7c9d4-zx2lk");
    assert.equal(byRole.get("namespace")?.surface, "shop");
  });
});

test("every part's glossary link names a real term and sense", () => {
  const senses = new Set(data.terms.flatMap((t) => t.senses.map((s) => `${t.slug}#${s.id}`)));
  const samples: Partial<Record<PartRole, string[]>> = { "xds-type": ["CDS", "LDS", "RDS", "EDS", "SDS", "WDS"] };
  for (const role of Object.keys(PARTS) as PartRole[]) {
    for (const text of samples[role] ?? [""]) {
      const ref = partRef(role, text);
      if (ref) assert.ok(senses.has(ref), `${role} (${text}) -> ${ref}`);
    }
  }
});
