import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadContent } from "../content/load";
import { buildDecoderData } from "./data";
import { createDecoder } from "./decode";

const data = buildDecoderData(loadContent().content);
const decode = createDecoder(data);

describe("matching", () => {
  test("longest match first, CamelCase kinds, plurals and hyphen variants", () => {
    const text = "Two VirtualServices, a headless Service and the east-west gateway.";
    const got = decode(text).map((a) => [a.surface, a.term]);
    assert.deepEqual(got, [
      ["VirtualServices", "virtual-service"],
      ["headless Service", "headless-service"],
      ["east-west gateway", "east-west-gateway"],
    ]);
  });

  test("never inside another word, a URL, a link target or a dotted host name", () => {
    const text =
      "clustering https://istio.io/latest/docs/ops/deployment/ [see](/glossary/cluster/) reviews.default.svc.cluster.local";
    assert.deepEqual(decode(text), []);
  });

  test("short capitalised abbreviations only count written so", () => {
    assert.deepEqual(
      decode("apply the VS").map((a) => a.term),
      ["virtual-service"],
    );
    assert.deepEqual(decode("vs. the old one"), []);
  });

  test("offsets are UTF-16 and point at the surface", () => {
    const text = "🚀 le cluster Envoy 🚀 et le Gateway";
    for (const a of decode(text)) assert.equal(text.slice(a.start, a.end), a.surface);
  });
});

describe("manifests decide the sense exactly", () => {
  test("an Istio Gateway and a Gateway API Gateway", () => {
    const yaml = [
      "apiVersion: networking.istio.io/v1",
      "kind: Gateway",
      "metadata: {name: a}",
      "---",
      "apiVersion: gateway.networking.k8s.io/v1",
      "kind: Gateway",
      "metadata: {name: b}",
    ].join("\n");
    const kinds = decode(yaml).filter((a) => a.surface === "Gateway");
    assert.deepEqual(
      kinds.map((a) => [a.sense, a.confidence > 0.95]),
      [
        ["istio", true],
        ["gateway-api", true],
      ],
    );
    assert.match(kinds[0]?.reason ?? "", /manifest kind Gateway in networking\.istio\.io/);
  });

  test("a Service is the Kubernetes kind", () => {
    const [a] = decode("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n").filter(
      (x) => x.surface === "Service",
    );
    assert.equal(`${a?.term}#${a?.sense}`, "service#kubernetes");
  });
});

test("every annotation has a confidence, alternatives and a reason", () => {
  for (const a of decode("Check the cluster and the gateway before you change the mesh.")) {
    assert.ok(a.confidence > 0 && a.confidence <= 1);
    assert.ok(a.reason.length > 0);
    const total = a.confidence + a.alternatives.reduce((n, x) => n + x.confidence, 0);
    assert.ok(Math.abs(total - 1) < 0.01, `${a.term} confidences add up`);
  }
});

describe("cues written where the words are", () => {
  const senseOf = (text: string, surface: string, nth = 1) =>
    decode(text)
      .filter((a) => a.surface === surface)
      .map((a) => `${a.term}#${a.sense}`)[nth - 1];

  test("the waypoint Gateway is the Gateway API resource a waypoint is deployed as", () => {
    assert.equal(
      senseOf("We changed both policies to targetRefs naming the waypoint Gateway of the namespace.", "Gateway"),
      "gateway#gateway-api",
    );
  });

  test("the port of IST0118's message is the one Istio's naming convention is about", () => {
    const line =
      "Info [IST0118] (Service shop/cart) Port name api (port: 8080, targetPort: 8080) doesn't follow the naming convention of Istio port.";
    assert.equal(senseOf(line, "port", 2), "port#protocol-naming");
  });
});
