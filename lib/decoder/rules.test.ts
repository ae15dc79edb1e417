import assert from "node:assert/strict";
import { test } from "node:test";
import { CONTEXT_WORDS } from "../contexts";
import { DECODER_DATA_VERSION, type DecoderData, kindInLowerCase, namesKindOf, writesNameAsCode } from "./data";
import { createDecoder } from "./decode";
import { createMatcher } from "./matcher";
import { DEFAULT_DECODER_WEIGHTS } from "./weights";
import { findCommandBlocks } from "./yaml-docs";

const sense = { id: "s", context: "istio" as const, label: "l", short: "s", cues: [], kinds: [] };
const data: DecoderData = {
  version: DECODER_DATA_VERSION,
  terms: [
    { slug: "revision", term: "Revision", senses: [sense] },
    { slug: "policy", term: "Policy", senses: [sense] },
    { slug: "port", term: "Port", senses: [sense] },
  ],
  names: [
    ["istio.io/rev", 0],
    ["traffic policy", 1],
    ["policy", 1],
    ["port", 2],
  ],
  contextWords: CONTEXT_WORDS,
  errors: [],
  overloaded: [],
};
const match = createMatcher(data);

/** A corpus of one term, found by `name` (or each of several names), with the given senses. */
const oneTerm = (
  slug: string,
  term: string,
  name: string | readonly string[],
  senses: DecoderData["terms"][number]["senses"],
): DecoderData => ({
  ...data,
  terms: [{ slug, term, senses }],
  names: (typeof name === "string" ? [name] : name).map((n): [string, number] => [n, 0]),
});
const surfaces = (text: string) => match(text).map((m) => text.slice(m.start, m.end));

test("API field and label names are found as written: a slash-joined key, a camelCase field", () => {
  assert.deepEqual(surfaces("label it istio.io/rev=canary, then set trafficPolicy: on the rule"), [
    "istio.io/rev",
    "trafficPolicy",
  ]);
});

test("a slash joins only a run whose whole is a known name", () => {
  // "policy/port" folds to no name: each word stands alone.
  assert.deepEqual(surfaces("the policy/port pair"), ["policy", "port"]);
});

test("a pasted structure right beside the mention names it, over a sense named a paragraph later", () => {
  const cluster = oneTerm("cluster", "Cluster", "cluster", [
    { ...sense, id: "istio", context: "istio", cues: ["primary cluster"] },
    { ...sense, id: "envoy", context: "envoy" },
  ]);
  const text =
    "The cluster outbound|9080||reviews.default.svc.cluster.local has no endpoints.\n\nNext we set up the primary cluster.";
  const first = (w: typeof DEFAULT_DECODER_WEIGHTS) => createDecoder(cluster, w)(text)[0];
  assert.equal(first(DEFAULT_DECODER_WEIGHTS)?.sense, "envoy");
  assert.ok((first(DEFAULT_DECODER_WEIGHTS)?.confidence ?? 0) >= 0.9);
  assert.ok((first({ ...DEFAULT_DECODER_WEIGHTS, structureBeside: 0 })?.confidence ?? 1) < 0.9);
});

test("a structure inside a pasted one is part of it, not a structure of its own world beside the mention", () => {
  const endpoint = oneTerm("endpoint", "Endpoint", "endpoints", [
    { ...sense, id: "istio", context: "istio" },
    { ...sense, id: "envoy", context: "envoy" },
  ]);
  // The FQDN (an Istio structure) is only the host part of the Envoy cluster name.
  const text = "The cluster outbound|9080||reviews.default.svc.cluster.local has no endpoints.";
  assert.equal(createDecoder(endpoint)(text)[0]?.sense, "envoy");
});

test("the resource-type argument of a kubectl verb reads as the sense that is an API kind", () => {
  const endpoint = oneTerm("endpoint", "Endpoint", "endpoints", [
    { ...sense, id: "envoy", context: "envoy", cues: ["istioctl proxy-config endpoints", "EDS"] },
    { ...sense, id: "kubernetes", context: "kubernetes", kinds: ["core/Endpoints"] },
  ]);
  const text = "The istioctl proxy-config endpoints output shows EDS. Compare it with kubectl get endpoints reviews.";
  const senses = (w: typeof DEFAULT_DECODER_WEIGHTS) => createDecoder(endpoint, w)(text).map((a) => a.sense);
  assert.deepEqual(senses(DEFAULT_DECODER_WEIGHTS), ["envoy", "kubernetes"]);
  // Without the rule the Envoy cues of the sentence before win the second mention too.
  assert.deepEqual(senses({ ...DEFAULT_DECODER_WEIGHTS, kubectlResource: 0 }), ["envoy", "envoy"]);
});

test("a kind written capitalised mid-sentence outweighs the passage's world words", () => {
  const service = oneTerm("service", "Service", "service", [
    { ...sense, id: "istio", context: "istio", cues: ["service registry"] },
    { ...sense, id: "kubernetes", context: "kubernetes", kinds: ["core/Service"] },
  ]);
  // Istio's world words all around (VirtualService, DestinationRule, istiod), each to its cap.
  const text = "With a VirtualService, a DestinationRule and istiod, both versions sit behind one reviews Service.";
  const senses = (w: typeof DEFAULT_DECODER_WEIGHTS) => createDecoder(service, w)(text).map((a) => a.sense);
  assert.deepEqual(senses(DEFAULT_DECODER_WEIGHTS), ["kubernetes"]);
  assert.deepEqual(senses({ ...DEFAULT_DECODER_WEIGHTS, capitalisedKind: 1 }), ["istio"]);
  // Written in lower case, the world words decide.
  assert.deepEqual(
    createDecoder(service)(text.replace("Service.", "service.")).map((a) => a.sense),
    ["istio"],
  );
});

test("a field key of kubectl describe output reads as the Kubernetes sense, whatever Istio value follows", () => {
  const port = oneTerm("port", "Port", "port", [
    { ...sense, id: "istio-reserved", context: "istio", cues: ["15090", "istio-proxy"] },
    { ...sense, id: "kubernetes", context: "kubernetes", cues: ["containerPort"] },
  ]);
  const text = "$ kubectl describe pod reviews-v1\nContainers:\n  istio-proxy:\n    Port:   15090/TCP\n";
  const senses = (w: typeof DEFAULT_DECODER_WEIGHTS) => createDecoder(port, w)(text).map((a) => a.sense);
  assert.deepEqual(senses(DEFAULT_DECODER_WEIGHTS), ["kubernetes"]);
  assert.deepEqual(senses({ ...DEFAULT_DECODER_WEIGHTS, describeField: 0 }), ["istio-reserved"]);
  // The same words outside describe output are not a field key.
  assert.deepEqual(
    createDecoder(port)("The istio-proxy Port: 15090 serves merged metrics.").map((a) => a.sense),
    ["istio-reserved"],
  );
});

test("a mention that is a sense's label word for word reads as that sense", () => {
  const gateway = oneTerm("gateway", "Gateway", "gateway api gateway", [
    { ...sense, id: "istio", label: "Istio Gateway" },
    { ...sense, id: "gateway-api", context: "gateway-api", label: "Gateway API Gateway" },
    { ...sense, id: "api-gateway", context: "networking", label: "API gateway (general)", cues: ["API gateway"] },
  ]);
  const decode = (w: typeof DEFAULT_DECODER_WEIGHTS) =>
    createDecoder(gateway, w)("Ingress goes through a Gateway API Gateway named public.").map((a) => a.sense);
  assert.deepEqual(decode(DEFAULT_DECODER_WEIGHTS), ["gateway-api"]);
  // Both labels hold the extra word "API"; without the rule the general sense's cue words win.
  assert.deepEqual(decode({ ...DEFAULT_DECODER_WEIGHTS, surfaceIsLabel: 0 }), ["api-gateway"]);
});

test("a sense's cue written around the mention and beyond it names that sense, over a label the mention echoes", () => {
  const timeout = oneTerm("timeout", "Timeout", "request timeout", [
    { ...sense, id: "istio", label: "VirtualService request timeout" },
    { ...sense, id: "envoy", context: "envoy", label: "Envoy route timeout", cues: ["upstream request timeout"] },
  ]);
  const decode = createDecoder(timeout);
  // "request timeout" is the first sense's label word for word; the text's longer name is the second's cue.
  assert.deepEqual(
    decode("The client got a 503 and the body said upstream request timeout.").map((a) => a.sense),
    ["envoy"],
  );
  assert.deepEqual(
    decode("Set a request timeout on the route.").map((a) => a.sense),
    ["istio"],
  );
  // A cue that only adds punctuation or a value (`Host:`, `host: reviews`) is no longer name.
  const host = oneTerm("host", "Host", "host", [
    { ...sense, id: "istio", label: "destination host" },
    { ...sense, id: "header", context: "networking", label: "HTTP Host header", cues: ["Host:", "host: reviews"] },
  ]);
  const [read] = createDecoder(host)("route to the host: reviews");
  assert.ok(read && !read.reason.includes("names this sense"), read?.reason);
});

test("a cue that is only part of the mention's own words is no evidence", () => {
  const gateway = oneTerm("gateway", "Gateway", "gateway api gateway", [
    { ...sense, id: "first", label: "Gateway" },
    { ...sense, id: "general", context: "networking", label: "Gateway", cues: ["API gateway"] },
  ]);
  const noWords = { ...DEFAULT_DECODER_WEIGHTS, cueWord: { tight: 0, near: 0, far: 0 } };
  // "API gateway" sits inside "Gateway API Gateway": the sense first in its entry keeps the mention.
  assert.deepEqual(
    createDecoder(gateway, noWords)("We run a Gateway API Gateway.").map((a) => a.sense),
    ["first"],
  );
  // The same cue beside the mention counts.
  assert.deepEqual(
    createDecoder(gateway, noWords)("We run a Gateway API Gateway, our API gateway.").map((a) => a.sense),
    ["general"],
  );
});

test("the most specific field path among the senses' cues decides a YAML key", () => {
  const port = oneTerm("port", "Port", "port", [
    { ...sense, id: "kubernetes", context: "kubernetes", cues: ["port:"] },
    { ...sense, id: "listener", context: "gateway-api", cues: ["spec.listeners[].port"] },
  ]);
  const decode = createDecoder(port, DEFAULT_DECODER_WEIGHTS);
  const gateway = "kind: Gateway\nspec:\n  listeners:\n  - name: http\n    port: 80\n";
  const service = "kind: Service\nspec:\n  ports:\n  - name: http\n    port: 80\n";
  assert.deepEqual(
    decode(gateway).map((a) => a.sense),
    ["listener"],
  );
  // "ports" and its "port".
  assert.deepEqual(
    decode(service).map((a) => a.sense),
    ["kubernetes", "kubernetes"],
  );
});

test("a key name alone as the cue ('port:') is weaker evidence than a path, and says so in its confidence", () => {
  const port = (cue: string) =>
    oneTerm("port", "Port", "port", [
      { ...sense, id: "kubernetes", context: "kubernetes", cues: [cue] },
      { ...sense, id: "envoy", context: "envoy", cues: ["istioctl proxy-config listener"] },
    ]);
  const manifest = "kind: VirtualService\nspec:\n  tls:\n  - match:\n    - port: 443\n";
  const read = (cue: string, w = DEFAULT_DECODER_WEIGHTS) =>
    createDecoder(port(cue), w)(manifest).find((a) => a.surface === "port");
  const byName = read("port:");
  const byPath = read("spec.tls.match.port");
  assert.equal(byName?.sense, "kubernetes");
  assert.equal(byPath?.sense, "kubernetes");
  assert.ok((byName?.confidence ?? 1) < (byPath?.confidence ?? 0), `${byName?.confidence} ${byPath?.confidence}`);
  const asPath = read("port:", { ...DEFAULT_DECODER_WEIGHTS, fieldName: DEFAULT_DECODER_WEIGHTS.fieldPath });
  assert.ok((asPath?.confidence ?? 0) > (byName?.confidence ?? 1));
});

test("a label or annotation key under a dotted domain is found whole, else its domain", () => {
  const keys = createMatcher({
    ...data,
    names: [
      ["sidecar.istio.io/inject", 0],
      ["gateway.networking.k8s.io", 1],
    ],
  });
  const found = (text: string) => keys(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found("label the pod sidecar.istio.io/inject=false"), ["sidecar.istio.io/inject"]);
  assert.deepEqual(found("apiVersion: gateway.networking.k8s.io/v1"), ["gateway.networking.k8s.io"]);
  // A longer path under the domain is not the key.
  assert.deepEqual(found("see sidecar.istio.io/inject/more"), []);
});

test("a command is read without the flags that only pick a cluster or namespace, and its output ends at a comment", () => {
  const blocks = findCommandBlocks(
    "$ istioctl --context kind-west proxy-config cluster deploy/client -n apps\nSERVICE FQDN   PORT\n# empty: the writer's note\nmore words",
  );
  assert.deepEqual(
    blocks.map((b) => b.command),
    ["istioctl proxy-config cluster deploy/client"],
  );
  assert.equal(
    blocks[0]?.end,
    "$ istioctl --context kind-west proxy-config cluster deploy/client -n apps\nSERVICE FQDN   PORT".length,
  );
});

test("a sentence that opens with a command's name is a command only up to its full stop", () => {
  const text =
    "istioctl proxy-status run against the primary listed every proxy. istioctl proxy-config cluster then failed.";
  const [first, ...rest] = findCommandBlocks(text);
  assert.equal(first?.command, "istioctl proxy-status run against the primary listed every proxy");
  assert.equal(first?.end, text.indexOf(".") + 1);
  assert.deepEqual(rest, []);
  // With a prompt it is a command line, whatever it holds.
  assert.equal(findCommandBlocks(`$ ${text}`)[0]?.end, text.length + 2);
});

test("a command written in a sentence ends at a clause's comma, outside quotes, and at a capital's full stop", () => {
  const text = "kubectl get endpoints reviews -n shop shows two IPs, but istioctl proxy-config endpoints shows one";
  const [first, ...rest] = findCommandBlocks(text);
  assert.equal(first?.command, "kubectl get endpoints reviews shows two ips");
  assert.equal(first?.end, text.indexOf(",") + 1);
  assert.deepEqual(rest, []);
  assert.equal(
    findCommandBlocks("istioctl proxy-status showed every proxy as STALE. Then")[0]?.command,
    "istioctl proxy-status showed every proxy as stale",
  );
  // A comma inside a quoted argument is the argument's.
  const curl = 'curl -H "Accept: text/html, application/json" http://shop';
  assert.equal(findCommandBlocks(curl)[0]?.command, curl.toLowerCase());
});

test("a run that cuts a hyphenated word loses a tie to the run that keeps it whole", () => {
  const names = createMatcher({
    ...data,
    names: [
      ["proxy-config", 0],
      ["cluster", 1],
      ["config cluster", 2],
      ["proxy", 1],
    ],
  });
  const text = "istioctl proxy-config cluster deploy/client";
  assert.deepEqual(
    names(text).map((m) => text.slice(m.start, m.end)),
    ["proxy-config", "cluster"],
  );
});

test("a mention's extra words may name a sense through the camelCase field in its label", () => {
  const policy = oneTerm("policy", "Policy", "traffic policy", [
    { ...sense, id: "security", label: "Istio security policy" },
    { ...sense, id: "traffic-policy", label: "DestinationRule trafficPolicy" },
  ]);
  assert.deepEqual(
    createDecoder(
      policy,
      DEFAULT_DECODER_WEIGHTS,
    )("DestinationRule: reviews\n   No Traffic Policy").map((a) => a.sense),
    ["traffic-policy"],
  );
});

test("function words in a cue ('no' of 'no selector') are no evidence for its sense", () => {
  const namespace = oneTerm("namespace", "Namespace", "namespace", [
    { ...sense, id: "kubernetes", context: "kubernetes" },
    { ...sense, id: "scope", cues: ["no selector", "only the root"] },
  ]);
  const decode = createDecoder(namespace, DEFAULT_DECODER_WEIGHTS);
  assert.deepEqual(
    decode("The pod in that namespace had no sidecar, only the app.").map((a) => a.sense),
    ["kubernetes"],
  );
  // The whole cue still counts.
  assert.deepEqual(
    decode("A policy with no selector in the namespace applies to all of it.").map((a) => a.sense),
    ["scope"],
  );
});

test("a key cue ('endpoints:') counts where a value follows as in YAML, not in a log line's key:value field", () => {
  const endpoint = oneTerm("endpoint", "Endpoint", "endpoints", [
    { ...sense, id: "istio", context: "istio", cues: ["endpoints:"] },
    { ...sense, id: "envoy", context: "envoy", cues: ["EDS"] },
  ]);
  const read = (text: string) => createDecoder(endpoint, DEFAULT_DECODER_WEIGHTS)(text).map((a) => a.sense);
  assert.deepEqual(read("info ads EDS: PUSH for node:app-1.shop clusters:38 endpoints:52 empty:[]"), ["envoy"]);
  assert.deepEqual(read("spec:\n  hosts: [api.example.com]\n  endpoints:\n  - address: 10.0.0.7"), ["istio"]);
});

test("a role reads as the thing it is a role of unless its own cues say otherwise, whatever the passage's world", () => {
  const namespace = (refines?: number) =>
    oneTerm("namespace", "Namespace", "namespace", [
      { ...sense, id: "kubernetes", context: "kubernetes", kinds: ["core/Namespace"], cues: ["kubectl -n"] },
      { ...sense, id: "root", context: "istio", cues: ["istio-system", "rootNamespace"], refines },
    ]);
  const texts = [
    "istiod pushed the VirtualService, but no sidecar in the billing namespace got the route.",
    "istiod reads mesh-wide PeerAuthentication from istio-system, the root namespace of the mesh.",
  ];
  const senses = (d: DecoderData) => texts.map((t) => createDecoder(d)(t)[0]?.sense);
  assert.deepEqual(senses(namespace(0)), ["kubernetes", "root"]);
  // Without the link the Istio words around the first mention make it the root namespace.
  assert.deepEqual(senses(namespace(undefined)), ["root", "root"]);
});

test("a kind its own prose writes in lower case ('the namespace') loses nothing for being written so", () => {
  const namespace = (lowerCase?: true) =>
    oneTerm("namespace", "Namespace", "namespace", [
      { ...sense, id: "kubernetes", context: "kubernetes", kinds: ["core/Namespace"], ...(lowerCase && { lowerCase }) },
      { ...sense, id: "netns", context: "networking" },
    ]);
  const text = "Each team gets its own namespace.";
  assert.equal(createDecoder(namespace(true))(text)[0]?.sense, "kubernetes");
  assert.equal(createDecoder(namespace())(text)[0]?.sense, "netns");
});

test("whether prose writes a kind in lower case is read from it, sentence starts aside", () => {
  assert.ok(kindInLowerCase("Every pod has an IP. Two pods share nothing; a Pod is also a kind.", ["core/Pod"]));
  assert.ok(!kindInLowerCase("Route with a VirtualService. The virtualservice host matters.", ["x/VirtualService"]));
  assert.ok(!kindInLowerCase("Pod. Pods. Pod.", ["core/Pod"]));
});

test("a nested kind: value names the kind it refers to, in its group: beside it or the manifest's own", () => {
  const gateway = oneTerm("gateway", "Gateway", "gateway", [
    {
      ...sense,
      id: "istio",
      context: "istio",
      kinds: ["networking.istio.io/Gateway"],
      cues: ["apiVersion: networking.istio.io/v1"],
    },
    { ...sense, id: "gateway-api", context: "gateway-api", kinds: ["gateway.networking.k8s.io/Gateway"] },
  ]);
  const route = (group: string) =>
    `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nspec:\n  parentRefs:\n  - name: edge\n    kind: Gateway\n${group}`;
  const kindOf = (text: string) => createDecoder(gateway)(text).find((a) => a.surface === "Gateway")?.sense;
  assert.equal(kindOf(route("")), "gateway-api");
  assert.equal(kindOf(route("    group: networking.istio.io\n")), "istio");
});

test("a name written as code (the gateway `mesh`) is not the word a hyphen joins to another ('in-mesh')", () => {
  const mesh = (literal?: true) =>
    oneTerm("mesh", "Mesh", "mesh", [
      { ...sense, id: "istio", context: "istio" },
      { ...sense, id: "reserved", context: "istio", cues: ["gateways:"], ...(literal && { literal }) },
    ]);
  const text = "gateways: [public-gw, mesh] serves the gateway and in-mesh clients";
  const senses = (d: DecoderData) => createDecoder(d)(text).map((a) => a.sense);
  assert.deepEqual(senses(mesh(true)), ["reserved", "istio"]);
  assert.deepEqual(senses(mesh()), ["reserved", "reserved"]);
  assert.ok(writesNameAsCode("The keyword `mesh` in a gateways list", ["Mesh"]));
  assert.ok(!writesNameAsCode("A service mesh, with `istioctl`", ["Mesh"]));
});

test("a cue written with placeholders is read as the shape it describes", () => {
  const identity = oneTerm("identity", "Identity", "identity", [
    { ...sense, id: "request", context: "istio", cues: ["requestPrincipals"] },
    { ...sense, id: "workload", context: "tls-pki", cues: ["/ns/<namespace>/sa/<service-account>"] },
  ]);
  const [read] = createDecoder(identity)("The identity cluster.local/ns/payments/sa/ledger calls ratings.");
  // The principal is an Istio structure, but it has the workload sense's shape: it counts for that sense alone.
  assert.equal(read?.sense, "workload");
  assert.match(read?.reason ?? "", /structure of this sense's shape/);
});

test("a sense Istio has removed is read only where something near the mention is its own", () => {
  const telemetry = oneTerm("telemetry", "Telemetry", "telemetry", [
    { ...sense, id: "observability", context: "observability", cues: ["metrics, logs and traces"] },
    { ...sense, id: "mixer", context: "istio", cues: ["Mixer", "Istio telemetry adapters"], removed: true },
  ]);
  const read = (text: string, w = DEFAULT_DECODER_WEIGHTS) => createDecoder(telemetry, w)(text)[0]?.sense;
  // "istio" is a word of the removed sense's cue, and of every Istio text.
  const modern = "Istio collects telemetry from each proxy.";
  assert.equal(read(modern), "observability");
  assert.equal(read(modern, { ...DEFAULT_DECODER_WEIGHTS, removedWithoutEvidence: 0 }), "mixer");
  // Its own cue brings it back.
  assert.equal(read("Before 1.8 Mixer received the telemetry."), "mixer");
});

test("a resource written by its full name picks the sense whose kind is in that API group", () => {
  const gateway = oneTerm("gateway", "Gateway", "gateways.gateway.networking.k8s.io", [
    {
      ...sense,
      id: "istio",
      context: "istio",
      cues: ["networking.istio.io", "istio"],
      kinds: ["networking.istio.io/Gateway"],
    },
    { ...sense, id: "gateway-api", context: "gateway-api", kinds: ["gateway.networking.k8s.io/Gateway"] },
  ]);
  const read = createDecoder(gateway)("$ kubectl get gateways.gateway.networking.k8s.io web -n istio-system")[0];
  assert.equal(read?.sense, "gateway-api");
  assert.match(read?.reason ?? "", /full name, in the gateway.networking.k8s.io API group/);
});

test("a sibling's longer cue written at the place explains it: the shorter cue inside it counts for nothing", () => {
  const ingress = oneTerm("ingress", "Ingress", "ingress", [
    { ...sense, id: "kubernetes", context: "kubernetes", cues: ["ingressClassName", "istio"] },
    { ...sense, id: "served", context: "kubernetes", cues: ["ingressClassName: istio"] },
  ]);
  const read = (text: string) => createDecoder(ingress)(text)[0]?.sense;
  assert.equal(read("we added an ingress with ingressClassName: istio to the app"), "served");
  assert.equal(read("we added an ingress with ingressClassName: nginx to the istio app"), "kubernetes");
});

test("the namespace of an Istio policy that selects no workloads is read as the scope it applies to", () => {
  const namespace = oneTerm("namespace", "Namespace", "namespace", [
    { ...sense, id: "kubernetes", context: "kubernetes", cues: ["metadata.namespace"] },
    { ...sense, id: "policy-scope", context: "istio", refines: 0, cues: ["no selector"] },
  ]);
  const policy = (spec: string) =>
    `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata:\n  name: strict\n  namespace: shop\nspec:\n${spec}`;
  const read = (text: string) => createDecoder(namespace)(text).find((a) => a.surface === "namespace")?.sense;
  assert.equal(read(policy("  mtls:\n    mode: STRICT\n")), "policy-scope");
  assert.equal(
    read(policy("  selector:\n    matchLabels:\n      app: web\n  mtls:\n    mode: STRICT\n")),
    "kubernetes",
  );
  assert.equal(
    read(
      policy("  mtls:\n    mode: STRICT\n")
        .replace("security.istio.io/v1", "v1")
        .replace("PeerAuthentication", "ConfigMap"),
    ),
    "kubernetes",
  );
});

test("a cue naming a manifest's kind or API version counts only written whole, not by the words every manifest has", () => {
  const sidecar = oneTerm("sidecar", "Sidecar", "sidecar", [
    { ...sense, id: "proxy", cues: ["istio-proxy container", "per host"] },
    { ...sense, id: "resource", cues: ["kind: Sidecar", "apiVersion: networking.istio.io/v1"] },
  ]);
  const manifest = (kind: string) =>
    `# each sidecar applies one of these per host\napiVersion: networking.istio.io/v1\nkind: ${kind}\nmetadata:\n  name: orders\n`;
  const read = (text: string, surface = "sidecar") =>
    createDecoder(sidecar)(text).find((a) => a.surface === surface)?.sense;
  assert.equal(read(manifest("VirtualService")), "proxy");
  // Written whole, the kind is the resource's.
  assert.equal(read(manifest("Sidecar"), "Sidecar"), "resource");
});

test("words naming a sense name the roles that refine it too, so their own cues decide", () => {
  const ingress = oneTerm("ingress", "Ingress", "ingress resource", [
    { ...sense, id: "kubernetes", context: "kubernetes", label: "Kubernetes Ingress resource", cues: ["pathType"] },
    { ...sense, id: "served", context: "istio", label: "Ingress served by Istio", refines: 0, cues: ["class istio"] },
  ]);
  const read = (text: string) => createDecoder(ingress)(text)[0]?.sense;
  assert.equal(read("we created an Ingress resource of class istio for the shop"), "served");
  assert.equal(read("we created an Ingress resource with pathType Prefix for the shop"), "kubernetes");
});

test("a YAML comment is prose: the manifest around it says nothing of the words in it", () => {
  const sidecar = oneTerm("sidecar", "Sidecar", "sidecar", [
    { ...sense, id: "proxy", context: "istio" },
    { ...sense, id: "kubernetes", context: "kubernetes" },
  ]);
  const policy = (line: string) =>
    `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: orders\nspec:\n  egress:\n${line}\n  - to: []\n`;
  const read = (text: string) => createDecoder(sidecar)(text).find((a) => a.surface === "sidecar")?.sense;
  assert.equal(read(policy("  # let the sidecar reach istiod")), "proxy");
  assert.equal(read(policy("  sidecar: true")), "kubernetes");
});

test("a world's name written just before the mention ('the Istio port') picks that world's senses", () => {
  const port = oneTerm("port", "Port", "port", [
    { ...sense, id: "kubernetes", context: "kubernetes", cues: ["targetPort:"] },
    { ...sense, id: "naming", context: "istio", cues: ["appProtocol"], refines: 0 },
  ]);
  const read = (text: string) => createDecoder(port)(text)[0]?.sense;
  assert.equal(read("Rename it so it follows the convention of the Istio port."), "naming");
  // Lower case, `istio` is more often a name of its own than the world's.
  assert.equal(read("Rename it so it follows the convention of the istio port."), "kubernetes");
  // A qualifier of the thing a role refines names the thing first.
  assert.equal(read("Rename it so it follows the convention of the Kubernetes port."), "kubernetes");
});

test("a word of one sense's label written right after the mention ('the Envoy project') picks that sense", () => {
  const envoy = oneTerm("envoy", "Envoy", "envoy", [
    { ...sense, id: "envoy", context: "envoy", label: "The Envoy proxy project", cues: ["listeners"] },
    { ...sense, id: "istio", context: "istio", label: "Envoy as Istio's proxy", cues: ["proxyv2"] },
  ]);
  const read = (text: string) => createDecoder(envoy)(text)[0]?.sense;
  assert.equal(read("When the Envoy project fixes a CVE we wait for the next proxyv2."), "envoy");
  // A word both labels hold ("proxy") tells nothing apart; nor does the first word of the next sentence.
  assert.equal(read("When the Envoy proxy gets a fix we wait for the next proxyv2."), "istio");
  assert.equal(read("We run Envoy. Project leads wait for the next proxyv2."), "istio");
  // The word just before counts as the one just after does.
  const cluster = oneTerm("cluster", "Cluster", "cluster", [
    { ...sense, id: "kubernetes", context: "kubernetes", label: "Kubernetes cluster", cues: ["kubectl"] },
    { ...sense, id: "envoy", context: "envoy", label: "Envoy upstream cluster", cues: ["outbound"] },
  ]);
  const readCluster = (text: string) => createDecoder(cluster)(text)[0]?.sense;
  assert.equal(readCluster("kubectl shows the pods ready, yet the upstream cluster has no hosts."), "envoy");
  assert.equal(readCluster("kubectl shows the pods ready, yet the cluster has no hosts."), "kubernetes");
});

test("a term's plain one-word name, its own name hyphenated or another form of its word names the term, not one sense", () => {
  const mirroring = oneTerm(
    "mirroring",
    "Mirroring",
    ["mirroring", "mirror"],
    [
      { ...sense, id: "traffic", context: "istio", label: "Traffic mirroring", cues: ["mirrorPercentage"] },
      { ...sense, id: "image", context: "general", label: "Image registry mirror", cues: ["docker.io"] },
    ],
  );
  const read = (text: string) => createDecoder(mirroring)(text)[0]?.sense;
  assert.equal(read("We mirror live traffic to reviews v2, with mirrorPercentage at 10."), "traffic");
  assert.equal(read("The nodes pull from our mirror of docker.io."), "image");
  // Nor is the term's own name, hyphenated, a word of one label ("Multi-Cluster Services API").
  const multicluster = oneTerm(
    "multicluster",
    "Multicluster",
    ["multicluster", "multi-cluster"],
    [
      { ...sense, id: "istio", label: "One Istio mesh over several clusters", cues: ["primary"] },
      {
        ...sense,
        id: "mcs",
        context: "kubernetes",
        label: "Kubernetes Multi-Cluster Services API",
        cues: ["ServiceExport"],
      },
    ],
  );
  const readMulticluster = (text: string) => createDecoder(multicluster)(text)[0]?.sense;
  assert.equal(readMulticluster("Our multi-cluster setup has a primary in each region."), "istio");
  // Nor a form of the term's own word ("circuit breaker" for Circuit breaking, "Envoy circuit breakers").
  const breaking = oneTerm(
    "circuit-breaking",
    "Circuit breaking",
    ["circuit breaking", "circuit breaker"],
    [
      { ...sense, id: "istio", label: "Istio circuit breaking", cues: ["connectionPool"] },
      { ...sense, id: "envoy", context: "envoy", label: "Envoy circuit breakers", cues: ["circuit_breakers"] },
    ],
  );
  const readBreaking = (text: string) => createDecoder(breaking)(text)[0]?.sense;
  assert.equal(readBreaking("We set a circuit breaker with connectionPool limits on reviews."), "istio");
});

test("a value written as code in lower case ('the provider `prometheus`') is not what a word names ('our Prometheus', 'our mesh')", () => {
  const prometheus = oneTerm("prometheus", "Prometheus", "prometheus", [
    { ...sense, id: "server", context: "observability", cues: ["PromQL"] },
    { ...sense, id: "provider", context: "istio", short: "The metrics provider `prometheus`.", literal: true },
  ]);
  const read = (text: string) => createDecoder(prometheus)(text)[0]?.sense;
  // Istio's words around favour the provider; written capitalised, the word is the server all the same.
  assert.equal(read("The istiod Telemetry resource trims labels, and our Prometheus alert broke."), "server");
  assert.equal(read("The istiod Telemetry resource trims labels for prometheus, and our alert broke."), "provider");
  // A value that is not the term's first sense is no word after an article either: "our mesh" is the mesh.
  const mesh = oneTerm("mesh", "Mesh", "mesh", [
    { ...sense, id: "istio", cues: ["istiod"] },
    { ...sense, id: "keyword", short: "The keyword `mesh` in a `gateways` list.", literal: true, cues: ["gateways"] },
  ]);
  const readMesh = (text: string) => createDecoder(mesh)(text)[0]?.sense;
  assert.equal(readMesh("We put a load balancer in front of our mesh and listed both gateways."), "istio");
  assert.equal(readMesh("Add mesh to the gateways list as well."), "keyword");
  assert.equal(readMesh("Add the `mesh` keyword to the gateways list as well."), "keyword");
});

test("a file path's directories are no mentions; kinds listed with slashes in a sentence are", () => {
  const two: DecoderData = {
    ...data,
    terms: [
      { slug: "envoy", term: "Envoy", senses: [sense] },
      { slug: "policy", term: "Policy", senses: [sense] },
    ],
    names: [
      ["envoy", 0],
      ["policy", 1],
    ],
  };
  const found = (text: string) => createMatcher(two)(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(
    found("debug\tenvoy rbac external/envoy/source/extensions/filters/http/rbac/rbac_filter.cc:174\tdone"),
    ["envoy"],
  );
  assert.deepEqual(found("the socket at /var/run/envoy/policy/admin.sock is gone"), []);
  assert.deepEqual(found("an envoy/policy/envoy pairing"), ["envoy", "policy", "envoy"]);
});

test("a URI's scheme is the start of an identifier, not a name: `spiffe:` of a SPIFFE id is no mention", () => {
  const spiffe = oneTerm("spiffe", "SPIFFE", "spiffe", [sense]);
  const found = (text: string) => createMatcher(spiffe)(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found("peer spiffe://cluster.local/ns/shop/sa/cart was denied"), []);
  assert.deepEqual(found("its SPIFFE id is spiffe://cluster.local/ns/shop/sa/cart"), ["SPIFFE"]);
});

test("three or more hyphenated words are a resource's name: no mention inside, unless the run is prose", () => {
  const found = (text: string) => match(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found("the webhook istio-revision-tag-policy-mesh-system is gone"), []);
  assert.deepEqual(found('containerName="istio-port-probe" failed'), []);
  // Two words, or words joined by a little word, are prose.
  assert.deepEqual(found("a policy-wide default and port-to-port rules"), ["policy", "port", "port"]);
});

test("a word of a Rust or C++ scope path (`port::client`) names a module, not the thing", () => {
  const found = (text: string) => match(text).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found("error\tport::client: reset; the port was closed"), ["port"]);
});

test("a term written as the mention's owner ('the gateway's Envoy') gives it the sense of the owner's world", () => {
  const envoy: DecoderData = {
    ...data,
    terms: [
      {
        slug: "envoy",
        term: "Envoy",
        senses: [
          { ...sense, id: "envoy", context: "envoy", label: "The Envoy proxy project", cues: ["listeners"] },
          { ...sense, id: "istio", context: "istio", label: "Envoy as Istio's proxy", cues: ["proxyv2"] },
        ],
      },
      { slug: "gateway", term: "Gateway", senses: [{ ...sense, id: "istio", context: "istio" }] },
      {
        slug: "identity",
        term: "Identity",
        senses: [
          { ...sense, id: "workload", context: "tls-pki", label: "Workload identity" },
          { ...sense, id: "request", context: "istio", label: "Request identity" },
        ],
      },
    ],
    names: [
      ["envoy", 0],
      ["gateway", 1],
      ["identity", 2],
    ],
  };
  const read = (text: string, surface: string) => createDecoder(envoy)(text).find((a) => a.surface === surface)?.sense;
  assert.equal(read("Tune the listeners of Envoy.", "Envoy"), "envoy");
  assert.equal(read("Tune the listeners of the gateway's Envoy.", "Envoy"), "istio");
  assert.equal(read("Tune the listeners of the gateways' Envoy.", "Envoy"), "istio");
  // Not owned: another word between them.
  assert.equal(read("Tune the listeners of the gateway and Envoy.", "Envoy"), "envoy");
  // A world's name in the possessive is a world's name ("Envoy's", "Istio's").
  assert.equal(read("Tune the listeners of Istio's Envoy.", "Envoy"), "istio");
  // Only between worlds: a sense that is a topic (tls-pki) is no world a gateway lives in or out of.
  assert.equal(read("Yesterday the gateway's identity rotated.", "identity"), "workload");
});

test("a term owning the mention by 'of' or 'from', or a possessive, gives it the world the owner was read in", () => {
  const owned: DecoderData = {
    ...data,
    terms: [
      {
        slug: "endpoint",
        term: "Endpoint",
        senses: [
          { ...sense, id: "kubernetes", context: "kubernetes", cues: ["kubectl get endpoints"] },
          { ...sense, id: "envoy", context: "envoy" },
          { ...sense, id: "api-path", context: "general" },
        ],
      },
      {
        slug: "cluster",
        term: "Cluster",
        senses: [
          { ...sense, id: "kubernetes", context: "kubernetes" },
          { ...sense, id: "envoy", context: "envoy" },
        ],
      },
    ],
    names: [
      ["endpoint", 0],
      ["endpoints", 0],
      ["cluster", 1],
    ],
  };
  const read = (text: string) => createDecoder(owned)(text).find((a) => a.term === "endpoint");
  assert.equal(read("It picks an endpoint from the Envoy cluster.")?.sense, "envoy");
  assert.equal(read("It lists the endpoints of an Envoy cluster.")?.sense, "envoy");
  assert.equal(read("It lists the Envoy cluster's endpoints.")?.sense, "envoy");
  assert.match(read("It picks an endpoint from the Envoy cluster.")?.reason ?? "", /Envoy cluster/);
  // Not owned: another word between them, or an owner read in the mention's own world.
  assert.doesNotMatch(read("It picks an endpoint and the Envoy cluster.")?.reason ?? "", /owner/);
  assert.equal(read("It picks an endpoint from the Kubernetes cluster.")?.sense, "kubernetes");
});

test("a YAML key whose map's keys all name one world's domain is that world's sense", () => {
  const label = oneTerm("label", "Label", "labels", [
    { ...sense, id: "kubernetes", context: "kubernetes" },
    { ...sense, id: "istio", context: "istio" },
  ]);
  const read = (keys: string[]) =>
    createDecoder(label)(
      `kind: DestinationRule\nspec:\n  subsets:\n  - name: one\n    labels:\n${keys.map((k) => `      ${k}: x\n`).join("")}  - name: two\n`,
    ).find((a) => a.surface === "labels");
  assert.equal(read(["topology.istio.io/cluster"])?.sense, "istio");
  assert.match(read(["topology.istio.io/cluster", "security.istio.io/tlsMode"])?.reason ?? "", /keys under it/);
  // A plain key is anyone's; keys of two worlds name neither.
  assert.doesNotMatch(read(["app"])?.reason ?? "", /keys under it/);
  assert.equal(read(["app.kubernetes.io/name"])?.sense, "kubernetes");
  assert.doesNotMatch(read(["app", "topology.istio.io/cluster"])?.reason ?? "", /keys under it/);
  assert.doesNotMatch(read(["app.kubernetes.io/name", "topology.istio.io/cluster"])?.reason ?? "", /keys under it/);
});

test("a kind the passage shows by its full resource name or a manifest is the one its prose names", () => {
  const gateway = oneTerm(
    "gateway",
    "Gateway",
    ["gateway", "gateways"],
    [
      { ...sense, id: "istio", context: "istio", kinds: ["networking.istio.io/Gateway"] },
      { ...sense, id: "gateway-api", context: "gateway-api", kinds: ["gateway.networking.k8s.io/Gateway"] },
    ],
  );
  const read = (text: string) => createDecoder(gateway)(text).filter((a) => a.surface.startsWith("Gateway"));
  const last = (text: string) => read(text).at(-1);
  const shown =
    "$ kubectl get gateways.gateway.networking.k8s.io shop\nOnly a ClusterIP is reported as the Gateway address.";
  assert.equal(last(shown)?.sense, "gateway-api");
  assert.match(last(shown)?.reason ?? "", /passage's Gateway/);
  const manifest =
    "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: shop\n---\nThe Gateways got no address.";
  assert.equal(last(manifest)?.sense, "gateway-api");
  // Both kinds shown: the passage says not which.
  const both = `${manifest}\n---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata:\n  name: old\n`;
  assert.doesNotMatch(read(both).find((a) => a.surface === "Gateways")?.reason ?? "", /passage's Gateway/);
});

test("a camel-case cue ending in its term's name names a kind of it; other cues do not", () => {
  assert.ok(namesKindOf("BlackHoleCluster", "Cluster"));
  assert.ok(namesKindOf("perTryTimeout", "Timeout"));
  assert.ok(namesKindOf("customTags", "Tag"));
  assert.ok(!namesKindOf("clusterName", "Cluster"));
  assert.ok(!namesKindOf("Cluster", "Cluster"));
  assert.ok(!namesKindOf("outbound|", "Cluster"));
  assert.ok(!namesKindOf("istioctl proxy-config cluster", "Cluster"));
});

test("a general field or cue key in the spec of a manifest whose API group a refining sense names is that sense's", () => {
  const selector = oneTerm("selector", "Selector", "selector", [
    { ...sense, id: "kubernetes", context: "kubernetes", cues: ["spec.selector", "matchLabels"] },
    { ...sense, id: "istio", context: "istio", refines: 0, cues: ["security.istio.io"] },
  ]);
  // `selector` by its field path, `matchLabels` as a key that is the general sense's cue.
  selector.names.push(["matchLabels", 0]);
  const decode = createDecoder(selector);
  const read = (text: string) => decode(text).map((a) => a.sense);
  const manifest = (group: string, kind: string) =>
    `apiVersion: ${group}/v1\nkind: ${kind}\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n`;
  assert.deepEqual(read(manifest("security.istio.io", "AuthorizationPolicy")), ["istio", "istio"]);
  // The same field of a Deployment stays the general sense, and so does a group no sense names.
  assert.deepEqual(read(manifest("apps", "Deployment")), ["kubernetes", "kubernetes"]);
  assert.deepEqual(read(manifest("networking.example.io", "Thing")), ["kubernetes", "kubernetes"]);
});

test("a URL path right before the mention names the one sense whose cues write the most paths", () => {
  const endpoint = oneTerm("endpoint", "Endpoint", "endpoint", [
    { ...sense, id: "envoy", context: "envoy", cues: ["EDS", "istioctl proxy-config endpoint"] },
    { ...sense, id: "istio", context: "istio", cues: ["service endpoint", "/debug/endpointShardz"] },
    { ...sense, id: "api-path", context: "general", cues: ["/stats/prometheus", "/healthz/ready"] },
  ]);
  const decode = createDecoder(endpoint);
  const read = (text: string) => decode(text).map((a) => a.sense);
  assert.deepEqual(read("Envoy keeps EDS data; POST to the /quitquitquit endpoint to stop it."), ["api-path"]);
  assert.deepEqual(read("Envoy keeps EDS data; curl localhost:15000/config_dump endpoint output."), ["api-path"]);
  // A path elsewhere in the sentence is no name for it.
  assert.deepEqual(read("Envoy gets EDS data for the endpoint, written to /tmp/dump later."), ["envoy"]);
  // An object written kind/name is no path.
  assert.deepEqual(read("Envoy keeps EDS data for the deploy/reviews endpoint."), ["envoy"]);
});
