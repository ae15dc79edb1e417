/**
 * Where a sense belongs; drives the badge colour, the decoder's choice and search's context words. Shared by
 * content, search, the decoder and the UI, so it sits below all of them.
 */
export const CONTEXTS = [
  "kubernetes",
  "istio",
  "envoy",
  "gateway-api",
  "networking",
  "tls-pki",
  "observability",
  "general",
] as const;
export type Context = (typeof CONTEXTS)[number];

/** The contexts that are projects with things of their own; the rest are topics (networking, tls-pki...). */
export const WORLDS: ReadonlySet<Context> = new Set<Context>(["kubernetes", "istio", "envoy", "gateway-api"]);

/**
 * Words that say which world a text is in, whatever the term: the decoder weighs them near a mention, search
 * lifts the senses of the context a query's words name. Shipped with the decoder's data and the search index.
 */
export const CONTEXT_WORDS: Record<Context, string[]> = {
  kubernetes: [
    "kubectl",
    "kubelet",
    "kube-apiserver",
    "apiserver",
    "k8s",
    "kubeconfig",
    "deployment",
    "pods",
    "daemonset",
    "statefulset",
    "configmap",
    "clusterip",
    "nodeport",
    "coredns",
    "kube-proxy",
  ],
  istio: [
    "istioctl",
    "istiod",
    "virtualservice",
    "destinationrule",
    "peerauthentication",
    "authorizationpolicy",
    "serviceentry",
    "meshconfig",
  ],
  envoy: [
    "envoy",
    "proxy-config",
    "config_dump",
    "xds",
    "cds",
    "lds",
    "eds",
    "rds",
    "upstream",
    "downstream",
    "listener",
    "filter",
  ],
  "gateway-api": ["httproute", "gatewayclass", "parentrefs", "backendrefs", "grpcroute", "referencegrant", "listeners"],
  networking: ["tcp", "udp", "ip", "dns", "sni", "l4", "l7", "firewall", "nat", "packet"],
  "tls-pki": ["certificate", "certificates", "cert", "x509", "spiffe", "svid", "pem"],
  observability: [
    "prometheus",
    "grafana",
    "kiali",
    "metric",
    "metrics",
    "trace",
    "tracing",
    "span",
    "jaeger",
    "zipkin",
    "opentelemetry",
    "scrape",
    "dashboard",
  ],
  general: ["docker", "image", "helm", "chart", "git", "oci"],
};

/** A context named outright ("kubernetes cluster", "envoy listener", "gateway api route"). */
export const CONTEXT_NAMES: Readonly<Record<Context, readonly string[]>> = {
  kubernetes: ["kubernetes", "k8s"],
  istio: ["istio"],
  envoy: ["envoy"],
  "gateway-api": ["gateway api", "gateway-api", "gatewayapi"],
  networking: ["networking"],
  "tls-pki": ["x509", "pki"],
  observability: ["observability"],
  general: [],
};

/** The context a manifest's API group belongs to (`core` for `apiVersion: v1`). */
export function groupContext(group: string): "istio" | "gateway-api" | "kubernetes" | null {
  if (group.endsWith("istio.io")) return "istio";
  if (group === "gateway.networking.k8s.io") return "gateway-api";
  if (group === "core" || group.endsWith("k8s.io") || ["apps", "batch", "policy", "autoscaling"].includes(group))
    return "kubernetes";
  return null;
}
