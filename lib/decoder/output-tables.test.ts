import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadContent } from "../content/load";
import { buildDecoderData } from "./data";
import { createDecoder } from "./decode";
import { findFieldCells, findHeaderCells } from "./output-tables";

describe("column headers of pasted command output", () => {
  test("a known table's header line is recognised, column by column", () => {
    const text =
      "$ istioctl pc endpoint web-1.shop\nENDPOINT          STATUS    OUTLIER CHECK   CLUSTER\n10.1.2.3:80  HEALTHY  OK  x";
    const cells = findHeaderCells(text);
    assert.deepEqual(
      cells.map((c) => [c.header, c.means, text.slice(c.start, c.end)]),
      [
        ["ENDPOINT", "endpoint#envoy", "ENDPOINT"],
        ["CLUSTER", "cluster#envoy", "CLUSTER"],
      ],
    );
  });

  test("the same word means another sense under another command's header", () => {
    const status = findHeaderCells("NAME      CLUSTER      ISTIOD      VERSION     SUBSCRIBED TYPES");
    assert.deepEqual(
      status.map((c) => [c.header, c.means]),
      [["CLUSTER", "cluster#istio"]],
    );
    const svc = findHeaderCells("NAME   TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)    AGE");
    assert.deepEqual(
      svc.map((c) => [c.header, c.means]),
      [["PORT(S)", "port#kubernetes"]],
    );
  });

  test("istioctl tag list: the namespaces a tag injects are Istio's scope, not bare Kubernetes namespaces", () => {
    assert.deepEqual(
      findHeaderCells("TAG         REVISION NAMESPACES\nprod-stable 1-30-2   checkout").map((c) => [c.header, c.means]),
      [
        ["TAG", "tag#istio"],
        ["REVISION", "revision#istio"],
        ["NAMESPACES", "namespace#policy-scope"],
      ],
    );
  });

  test("prose, lower case, a partial header or headers out of order are not a table", () => {
    assert.deepEqual(findHeaderCells("The CLUSTER and STATUS columns show the ENDPOINT and its OUTLIER CHECK."), []);
    assert.deepEqual(findHeaderCells("endpoint   status   outlier check   cluster"), []);
    assert.deepEqual(findHeaderCells("ENDPOINT   STATUS   CLUSTER"), []);
    assert.deepEqual(findHeaderCells("CLUSTER   OUTLIER CHECK   STATUS   ENDPOINT"), []);
  });
});

describe("keys of Key: value command output", () => {
  const describePod = [
    "Pod: web-1",
    "   Pod Ports: 8080 (web), 15090 (istio-proxy)",
    "Service: web",
    "   Port: grpc-api 9090/GRPC targets pod port 9090",
  ].join("\n");

  test("an output's keys mean their senses once its signature keys start lines in order", () => {
    assert.deepEqual(
      findFieldCells(describePod).map((c) => [c.header, c.means, describePod.slice(c.start, c.end)]),
      [
        ["Pod Ports", "port#kubernetes", "Pod Ports"],
        ["Service", "service#kubernetes", "Service"],
        ["Port", "port#protocol-naming", "Port"],
      ],
    );
    // Without the "Pod:" line it is some other output; keys inside prose are no keys.
    assert.deepEqual(findFieldCells("Service: web\n   Port: http 80/HTTP"), []);
    assert.deepEqual(findFieldCells("The Pod: web. The Service: web."), []);
  });

  test("the decoder reads describe's Port line as the port's name and protocol, its Service as Kubernetes'", () => {
    const decode = createDecoder(buildDecoderData(loadContent().content));
    const read = decode(`$ istioctl x describe pod web-1 -n shop\n${describePod}\nVirtualService: web-routes`);
    const sense = (surface: string) => read.find((a) => a.surface === surface)?.sense;
    assert.equal(sense("Port"), "protocol-naming");
    assert.equal(sense("Service"), "kubernetes");
    assert.match(read.find((a) => a.surface === "Port")?.reason ?? "", /the Port field of `istioctl x describe pod`/);
  });
});

describe("the decoder reads a header by its table", () => {
  const decode = createDecoder(buildDecoderData(loadContent().content));
  const cluster = (text: string) => decode(text).find((a) => a.surface === "CLUSTER");

  test("CLUSTER above proxy-config endpoint output is Envoy's; above proxy-status, the mesh's member cluster", () => {
    const endpoint = cluster(
      "$ istioctl pc endpoint web-1.shop\nENDPOINT          STATUS    OUTLIER CHECK   CLUSTER\n# our Kubernetes cluster runs kubectl",
    );
    assert.equal(endpoint?.sense, "envoy");
    assert.match(endpoint?.reason ?? "", /the CLUSTER column of `istioctl proxy-config endpoint` output/);
    const status = cluster("$ istioctl proxy-status\nNAME      CLUSTER      ISTIOD      VERSION     SUBSCRIBED TYPES");
    assert.equal(status?.sense, "istio");
  });
});
