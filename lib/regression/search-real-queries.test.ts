import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { isHit } from "../eval/queries";
import { siteEngine } from "./site-engine";

/**
 * Queries people really type (phrasings from forum threads and issues, see bench/queries/), pinned from the
 * tuning split. The held-out split is measured by `npm run bench`, never pinned here.
 */
const GLOSSARY: [query: string, expected: string][] = [
  ["istio workload certificate", "svid#istio"],
  ["requestPrincipals", "principal#request-principal"],
  ["authorisation policy", "authorization-policy"],
  ["EXTERNAL-IP <pending>", "load-balancer#kubernetes"],
  ["envoy cluster", "cluster#envoy"],
  ["DR", "destination-rule"],
  ["AuthorizationPolicy", "authorization-policy"],
  ["cluster.local/ns/default/sa/sleep", "principal#source-principal"],
  ["container image registry hub", "registry#container-image"],
  ["authorizationpolicies.security.istio.io", "authorization-policy"],
  ["serviceentry", "service-entry"],
  ["jwksUri", "jwt#istio"],
  ["SE", "service-entry"],
  ["virtualservices", "virtual-service"],
  ["upstream_rq_pending_overflow", "circuit-breaking#envoy"],
  ["native sidecar", "native-sidecar-container"],
  ["istio-injection=enabled", "injection#sidecar"],
  ["envoyfilters", "envoy-filter"],
  ["revisions", "revision"],
  ["15017", "port-15017"],
  ["sidecar proxy", "sidecar#proxy"],
  ["ingress gateway tls secret", "credential-name#gateway-server"],
  ["HTTPRoute", "http-route"],
  ["exporTo", "export-to"],
  ["destination rule subset", "subset#istio"],
  ["VirutualService", "virtual-service"],
  ["RDS", "rds"],
  ["peerauthentcation", "peer-authentication"],
  ["revision tag", "revision-tag"],
  ["root-cert.pem", "root-certificate#istio"],
  ["holdApplicationUntilProxyStarts", "hold-application-until-proxy-starts"],
  ["ISTIO_META_DNS_CAPTURE", "cluster-dns#istio"],
];

/** "Where is the page about X?": the page must be among the first five docs pages shown. */
const DOCS: [query: string, expected: string][] = [
  ["access logs", "/latest/docs/tasks/observability/logs/access-log/"],
  ["set minimum TLS 1.3 for mesh workloads", "/latest/docs/tasks/security/tls-configuration/workload-min-tls-version/"],
  ["destinationrule outlierDetection fields", "/latest/docs/reference/config/networking/destination-rule/"],
  ["istioctl bug-report cluster archive", "/latest/docs/releases/bugs/"],
  ["debug envoy config", "/latest/docs/ops/diagnostic-tools/proxy-cmd/"],
  ["how do I rotate the root certificate", "/latest/docs/tasks/security/cert-management/plugin-ca-cert/"],
  [
    "mysql breaks with istio port name protocol",
    "/latest/docs/ops/configuration/traffic-management/protocol-selection/",
  ],
  ["report a security vulnerability", "/latest/docs/releases/security-vulnerabilities/"],
  ["canary upgrade control plane", "/latest/docs/setup/upgrade/canary/"],
  ["enable automatic sidecar injection for a namespace", "/latest/docs/setup/additional-setup/sidecar-injection/"],
  ["allow only certain client IPs at ingress gateway", "/latest/docs/tasks/security/authorization/authz-ingress/"],
  ["SPIRE as identity provider", "/latest/docs/ops/integrations/spire/"],
  [
    "failed calling webhook sidecar-injector.istio.io context deadline exceeded",
    "/latest/docs/ops/common-problems/injection/",
  ],
  ["difference between virtualservice and destinationrule", "/latest/docs/concepts/traffic-management/"],
];

describe("glossary queries people type land in the top 3", () => {
  for (const [query, expected] of GLOSSARY) {
    test(`${query} -> ${expected}`, () => {
      const top = siteEngine().search(query, { limit: 3 });
      assert.ok(
        top.some((r) => isHit(r, expected)),
        `got ${top.map((r) => `${r.id}${r.sense ? `#${r.sense}` : ""}`).join(", ")}`,
      );
    });
  }
});

describe("docs questions find their page in the first five docs results", () => {
  for (const [query, expected] of DOCS) {
    test(`${query} -> ${expected}`, () => {
      const docs = siteEngine()
        .search(query, { limit: 200 })
        .filter((r) => r.kind === "doc")
        .slice(0, 5);
      assert.ok(
        docs.some((r) => isHit(r, expected)),
        `got ${docs.map((r) => r.id).join(", ")}`,
      );
    });
  }
});

test("a docs result matched on a heading links to that heading", () => {
  const page = siteEngine()
    .search("secure gateways sni routing", { limit: 20 })
    .find((r) => r.id === "/latest/docs/tasks/traffic-management/ingress/secure-ingress/");
  assert.equal(page?.heading?.anchor, "sni-routing");
  assert.match(page?.url ?? "", /secure-ingress\/#sni-routing$/);
});
