import type { Context } from "@/lib/contexts";

/** How each context is named on screen. */
export const CONTEXT_LABEL: Record<Context, string> = {
  kubernetes: "Kubernetes",
  istio: "Istio",
  envoy: "Envoy",
  "gateway-api": "Gateway API",
  networking: "Networking",
  "tls-pki": "TLS / PKI",
  observability: "Observability",
  general: "General",
};
