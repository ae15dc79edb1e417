import { z } from "zod";

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
export const contextSchema = z.enum(CONTEXTS);
export type Context = z.infer<typeof contextSchema>;
