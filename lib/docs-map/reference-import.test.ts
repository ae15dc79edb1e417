import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { type ReferenceEntry, referenceFileSchema } from "./reference";
import {
  checkAnchors,
  importReference,
  MAX_DEPTH,
  newestFirst,
  parseAnnotationsPage,
  parseCommandPage,
  parseMetricsPage,
  parseProtoPage,
  readPage,
} from "./reference-import";

const CHECKOUT = path.join("lib", "docs-map", "__fixtures__", "reference", "istio.io");
const REF = path.join(CHECKOUT, "content", "en", "docs", "reference");
const read = (page: string, file = "index.html") => readPage(path.join(REF, page, file));

const destinationRule = () => {
  const { body } = read("config/networking/destination-rule");
  return parseProtoPage(
    body,
    "reference/config/networking/destination-rule",
    "istio.networking.v1alpha3.DestinationRule",
  );
};
const mesh = () => parseProtoPage(read("config/istio.mesh.v1alpha1").body, "reference/config/istio.mesh.v1alpha1");
const paths = (entries: ReferenceEntry[], anchor: string) =>
  entries
    .filter((e) => e.anchor === anchor)
    .map((e) => e.path)
    .sort();

test("field tables give name, type, anchor, declaring message and the newest stable api", () => {
  const { entries, apis, problems } = destinationRule();
  assert.deepEqual(problems, []);
  assert.deepEqual(apis, ["networking.istio.io/v1", "networking.istio.io/v1beta1"]);
  assert.deepEqual(
    entries.find((e) => e.anchor === "DestinationRule-host"),
    {
      name: "host",
      kind: "field",
      page: "reference/config/networking/destination-rule",
      anchor: "DestinationRule-host",
      of: "DestinationRule",
      root: "DestinationRule",
      path: "host",
      api: "networking.istio.io/v1",
      type: "string",
    },
  );
  const labels = entries.find((e) => e.anchor === "Subset-labels");
  assert.equal(labels?.type, "map<string, string>");
  // "(oneof)" is layout, not part of the type.
  assert.equal(entries.find((e) => e.anchor === "LoadBalancerSettings-simple")?.type, "SimpleLB");
  const nested = entries.find((e) => e.anchor === "LoadBalancerSettings-ConsistentHashLB-http_header_name");
  assert.equal(nested?.of, "LoadBalancerSettings.ConsistentHashLB");
  // A type on another page is named but not walked into.
  assert.deepEqual(paths(entries, "DestinationRule-workload_selector"), ["workloadSelector"]);
});

test("a message reachable several ways gets each path", () => {
  assert.deepEqual(paths(destinationRule().entries, "LoadBalancerSettings-simple"), [
    "subsets.trafficPolicy.loadBalancer.simple",
    "subsets.trafficPolicy.portLevelSettings.loadBalancer.simple",
    "trafficPolicy.loadBalancer.simple",
    "trafficPolicy.portLevelSettings.loadBalancer.simple",
  ]);
});

test("paths stop at cycles, mark map keys with *, and start from unreferenced top-level messages", () => {
  const { entries, problems } = mesh();
  assert.deepEqual(problems, []);
  assert.deepEqual(paths(entries, "google-protobuf-Struct-fields"), ["extra.fields"]);
  assert.deepEqual(paths(entries, "google-protobuf-Value-string_value"), ["extra.fields.*.stringValue"]);
  assert.deepEqual(paths(entries, "google-protobuf-ListValue-values"), ["extra.fields.*.listValue.values"]);
  assert.deepEqual(paths(entries, "google-protobuf-Value-struct_value"), ["extra.fields.*.structValue"]);
  assert.deepEqual(
    entries.filter((e) => e.anchor === "Network-NetworkEndpoints-from_registry").map((e) => [e.root, e.path]),
    [["MeshNetworks", "networks.*.endpoints.fromRegistry"]],
  );
  const concurrency = entries.filter((e) => e.anchor === "ProxyConfig-concurrency");
  assert.deepEqual(
    concurrency.map((e) => [e.of, e.root, e.path, e.type]),
    [["ProxyConfig", "MeshConfig", "defaultConfig.concurrency", "Int32Value"]],
  );
  // The page's example is an EnvoyFilter, not one of its roots: no api.
  assert.ok(entries.every((e) => e.api === undefined));
});

test("enum values name their enum and the field paths that use it", () => {
  const least = destinationRule().entries.filter((e) => e.name === "LEAST_REQUEST");
  assert.ok(least.every((e) => e.kind === "enum" && e.of === "LoadBalancerSettings.SimpleLB"));
  assert.ok(least.every((e) => e.anchor === "LoadBalancerSettings-SimpleLB-LEAST_REQUEST"));
  assert.deepEqual(least.map((e) => e.path).sort(), paths(destinationRule().entries, "LoadBalancerSettings-simple"));
  assert.deepEqual(
    mesh()
      .entries.filter((e) => e.kind === "enum")
      .map((e) => [e.name, e.of, e.path]),
    [
      ["REGISTRY_ONLY", "MeshConfig.OutboundTrafficPolicy.Mode", "outboundTrafficPolicy.mode"],
      ["ALLOW_ANY", "MeshConfig.OutboundTrafficPolicy.Mode", "outboundTrafficPolicy.mode"],
    ],
  );
});

test("older field tables with a column per fact; a FooSpec root takes kind Foo's api", () => {
  const page = "reference/config/istio.operator.v1alpha1";
  const { entries, apis } = parseProtoPage(read("config/istio.operator.v1alpha1").body, page);
  assert.deepEqual(apis, ["install.istio.io/v1alpha1"]);
  assert.deepEqual(
    entries.map((e) => [e.name, e.path, e.type]),
    [
      ["profile", "profile", "string"],
      ["components", "components", "IstioComponentSetSpec"],
      ["pilot", "components.pilot", "ComponentSpec"],
    ],
  );
});

test("annotations and labels: name, anchor, status and resource types", () => {
  const ann = parseAnnotationsPage(read("config/annotations").body, "reference/config/annotations", "annotation");
  assert.deepEqual(ann.entries[0], {
    name: "sidecar.istio.io/inject",
    kind: "annotation",
    page: "reference/config/annotations",
    anchor: "SidecarInject",
    status: "Deprecated",
    resources: ["Pod"],
  });
  assert.equal(ann.entries[1]?.name, "traffic.sidecar.istio.io/excludeOutboundPorts");
  // The heading above the third table names something else, so its anchor is not trusted.
  assert.deepEqual(ann.entries[2], {
    name: "networking.istio.io/traffic-distribution",
    kind: "annotation",
    page: "reference/config/annotations",
    status: "Beta",
    resources: ["Service", "ServiceEntry"],
  });
  assert.equal(ann.problems.length, 1);
  const labels = parseAnnotationsPage(read("config/labels").body, "reference/config/labels", "label");
  assert.deepEqual(
    labels.entries.map((e) => [e.name, e.kind, e.anchor, e.resources]),
    [["istio.io/dataplane-mode", "label", "IoIstioDataplaneMode", ["Pod", "Namespace"]]],
  );
});

test("istioctl: subcommands with aliases, flags with type, default and shorthand", () => {
  const { entries, problems } = parseCommandPage(
    read("commands/istioctl").body,
    "reference/commands/istioctl",
    "istioctl",
  );
  assert.deepEqual(problems, []);
  const commands = entries.filter((e) => e.kind === "command");
  assert.deepEqual(
    commands.map((e) => [e.name, e.anchor, e.of, e.aliases]),
    [
      ["istioctl", undefined, undefined, undefined],
      ["istioctl proxy-config", "istioctl-proxy-config", "istioctl", ["istioctl pc"]],
      [
        "istioctl proxy-config cluster",
        "istioctl-proxy-config-cluster",
        "istioctl proxy-config",
        ["istioctl proxy-config clusters", "istioctl proxy-config c"],
      ],
    ],
  );
  const flag = (of: string, name: string) => entries.find((e) => e.kind === "flag" && e.of === of && e.name === name);
  assert.deepEqual(flag("istioctl proxy-config cluster", "--fqdn"), {
    name: "--fqdn",
    kind: "flag",
    page: "reference/commands/istioctl",
    anchor: "istioctl-proxy-config-cluster",
    of: "istioctl proxy-config cluster",
    type: "string",
    default: "",
  });
  assert.deepEqual(flag("istioctl proxy-config cluster", "--all"), {
    name: "--all",
    kind: "flag",
    page: "reference/commands/istioctl",
    anchor: "istioctl-proxy-config-cluster",
    of: "istioctl proxy-config cluster",
  });
  const ns = flag("istioctl", "--istioNamespace");
  assert.deepEqual([ns?.anchor, ns?.default, ns?.short, ns?.type], [undefined, "istio-system", "-i", "string"]);
  assert.equal(flag("istioctl proxy-config", "--output")?.short, "-o");
});

test("environment variable tables: name, type, default, anchor, binary", () => {
  const page = "reference/commands/pilot-discovery";
  const { entries } = parseCommandPage(read("commands/pilot-discovery").body, page, "pilot-discovery");
  assert.deepEqual(
    entries.filter((e) => e.kind === "env"),
    [
      {
        name: "PILOT_CERT_PROVIDER",
        kind: "env",
        page,
        anchor: "pilot-cert-provider",
        of: "pilot-discovery",
        type: "String",
        default: "istiod",
      },
      {
        name: "PILOT_TRACE_SAMPLING",
        kind: "env",
        page,
        anchor: "pilot-trace-sampling",
        of: "pilot-discovery",
        type: "Floating-Point",
        default: "1",
      },
      {
        name: "CLUSTER_ID",
        kind: "env",
        page,
        anchor: "cluster-id",
        of: "pilot-discovery",
        type: "String",
        default: "",
      },
    ],
  );
  // A page without a Shorthand column still reads.
  assert.deepEqual(
    entries.filter((e) => e.kind === "flag").map((e) => [e.of, e.name, e.default]),
    [
      ["pilot-discovery", "--vklog", "0"],
      ["pilot-discovery discovery", "--grpcAddr", ":15010"],
    ],
  );
  assert.deepEqual(
    entries.filter((e) => e.kind === "metric"),
    [{ name: "pilot_xds_pushes", kind: "metric", page, anchor: "metrics", of: "pilot-discovery", type: "Sum" }],
  );
});

test("standard metrics and their labels", () => {
  const page = "reference/config/metrics";
  const { entries, ids, problems } = parseMetricsPage(read("config/metrics", "index.md").body, page);
  assert.deepEqual(problems, []);
  assert.deepEqual([...ids], ["metrics", "labels"]);
  assert.deepEqual(
    entries.filter((e) => e.kind === "metric").map((e) => [e.name, e.type, e.anchor]),
    [
      ["istio_requests_total", "COUNTER", "metrics"],
      ["istio_request_duration_milliseconds", "DISTRIBUTION", "metrics"],
      ["istio_tcp_connections_opened_total", "COUNTER", "metrics"],
    ],
  );
  assert.deepEqual(
    entries.filter((e) => e.kind === "metric-label").map((e) => e.name),
    [
      "reporter",
      "response_flags",
      "source_canonical_service",
      "destination_canonical_revision",
      "grpc_response_status",
    ],
  );
});

test("an anchor the page does not have is dropped and reported", () => {
  const entry: ReferenceEntry = { name: "x", kind: "metric", page: "p", anchor: "nowhere" };
  const checked = checkAnchors({ entries: [entry], ids: new Set(["metrics"]), apis: [], problems: [] });
  assert.deepEqual(checked.entries, [{ name: "x", kind: "metric", page: "p" }]);
  assert.equal(checked.problems.length, 1);
});

test("api versions sort newest stable first", () => {
  assert.deepEqual(newestFirst(["g/v1alpha3", "g/v1beta1", "g/v1", "g/v2alpha1", "g/v1beta2", "g/v1"]), [
    "g/v1",
    "g/v1beta2",
    "g/v1beta1",
    "g/v2alpha1",
    "g/v1alpha3",
  ]);
});

test("the importer reads a checkout; the script writes one sorted entry per line, the same on every run", () => {
  const result = importReference(CHECKOUT);
  assert.deepEqual(result.problems, [
    'reference/config/annotations: networking.istio.io/traffic-distribution follows heading "networking.istio.io/exportTo"',
  ]);
  // Ordinary Markdown reference pages contribute nothing.
  assert.ok(result.entries.every((e) => e.page !== "reference/config/security/conditions"));
  const out = path.join(mkdtempSync(path.join(tmpdir(), "reference-")), "reference.json");
  const run = () => {
    execFileSync(
      process.execPath,
      ["--import", "tsx", "scripts/import-reference.ts", CHECKOUT, "--out", out, "--source", "fixture checkout"],
      { encoding: "utf8" },
    );
    return readFileSync(out, "utf8");
  };
  const first = run();
  assert.equal(run(), first);
  const file = referenceFileSchema.parse(JSON.parse(first));
  assert.equal(file.source, "fixture checkout");
  assert.equal(file.generated_by, "scripts/import-reference.ts");
  assert.deepEqual(file.entries, result.entries);
  assert.equal(file.counts.field, result.entries.filter((e) => e.kind === "field").length);
  assert.deepEqual(file.apis, {
    "reference/config/istio.operator.v1alpha1": ["install.istio.io/v1alpha1"],
    "reference/config/networking/destination-rule": ["networking.istio.io/v1", "networking.istio.io/v1beta1"],
  });
  const lines = first.split("\n");
  assert.equal(lines.filter((l) => l.startsWith('{"name":')).length, file.entries.length);
  const keys = file.entries.map((e) => [e.page, e.kind, e.name]);
  assert.equal(keys[0]?.[0], "reference/commands/istioctl");
  assert.ok(file.entries.some((e) => e.page === "reference/config/metrics" && e.kind === "metric-label"));
  assert.deepEqual(file.uses, result.uses);
});

test("pages outside reference/ record the identifiers they write, each part of a dotted path, but no prose word", () => {
  // The fixture task writes `trafficPolicy.loadBalancer.simple` once and LEAST_REQUEST three times; "simple" is
  // also a field name, but a plain word names nothing. Drafts are not published, so they use nothing.
  assert.deepEqual(importReference(CHECKOUT).uses, {
    "tasks/load-balancing": {
      LEAST_REQUEST: 3,
      istio_requests_total: 1,
      loadBalancer: 2,
      "sidecar.istio.io/inject": 1,
      trafficPolicy: 2,
    },
  });
});

test(`paths stop after ${MAX_DEPTH} messages and say so`, () => {
  // A chain of messages M0 -> M1 -> ... each with one field `next` pointing at the following one.
  const chain = Array.from({ length: MAX_DEPTH + 3 }, (_, i) =>
    [
      `<h2 id="M${i}">M${i}</h2>`,
      '<section><table class="message-fields"><tbody>',
      `<tr id="M${i}-next"><td><div class="field"><div class="name"><code>next</code></div>`,
      `<div class="type"><a href="#M${i + 1}">M${i + 1}</a></div></div></td><td></td></tr>`,
      "</tbody></table></section>",
    ].join("\n"),
  ).join("\n");
  const { entries, problems } = parseProtoPage(chain, "reference/config/chain", "test.v1.M0");
  const deepest = entries.map((e) => e.path?.split(".").length ?? 0).reduce((a, b) => Math.max(a, b), 0);
  assert.equal(deepest, MAX_DEPTH);
  assert.deepEqual(problems, [`reference/config/chain: 1 field paths stopped at depth ${MAX_DEPTH}`]);
});
