import assert from "node:assert/strict";
import { test } from "node:test";
import { factAnchor, shippedAnchor, usualAnchor } from "./fields";

test("reference anchors: the usual spelling per kind is left out of the index and spelled again on load", () => {
  const facts: [anchor: string, name: string, kind: string, of: string][] = [
    ["LoadBalancerSettings-simple", "simple", "field", "LoadBalancerSettings"],
    ["MeshConfig-ExtensionProvider-access_log_file", "accessLogFile", "field", "MeshConfig.ExtensionProvider"],
    ["EnvoyFilter-PatchContext-SIDECAR_INBOUND", "SIDECAR_INBOUND", "enum", "EnvoyFilter.PatchContext"],
    ["istioctl-proxy-config-cluster", "istioctl proxy-config cluster", "command", "istioctl proxy-config"],
    ["istioctl-install", "--revision", "flag", "istioctl install"],
    ["pilot-enable-alpha-gateway-api", "PILOT_ENABLE_ALPHA_GATEWAY_API", "env", "pilot-discovery"],
    // Not the usual spelling: shipped whole.
    ["MeshConfig-ExtensionProvider-ZipkinTracingProvider-enable_64bit_trace_id", "enable64bitTraceId", "field", "X"],
    ["IoIstioRev", "istio.io/rev", "label", ""],
    // No anchor where one is usual, and none where none is.
    ["", "timeout", "field", "HTTPRoute"],
    ["", "istio_requests_total", "metric", ""],
  ];
  for (const [anchor, name, kind, of] of facts) {
    const shipped = shippedAnchor(anchor, name, kind, of);
    assert.equal(factAnchor(shipped, name, kind, of), anchor, `${kind} ${name}`);
  }
  assert.equal(shippedAnchor("LoadBalancerSettings-simple", "simple", "field", "LoadBalancerSettings"), "");
  assert.equal(shippedAnchor("", "timeout", "field", "HTTPRoute"), "!");
  assert.equal(usualAnchor("PILOT_X", "env", "pilot-discovery"), "pilot-x");
});
