import type { Context } from "./contexts";

/**
 * How each context is named on screen and in the decoder's reasons. A module of its own: client components import
 * it, and lib/contexts.ts (every context's words) would come with it.
 */
export const CONTEXT_LABEL: Readonly<Record<Context, string>> = {
  kubernetes: "Kubernetes",
  istio: "Istio",
  envoy: "Envoy",
  "gateway-api": "Gateway API",
  networking: "Networking",
  "tls-pki": "TLS / PKI",
  observability: "Observability",
  general: "General",
};
