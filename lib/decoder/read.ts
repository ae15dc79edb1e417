import { phraseFinder } from "../text/phrases";
import {
  apiStatusReasons,
  blankSpans,
  findStructures,
  type PartRole,
  type Structure,
  writtenFlags,
} from "../text/structures";
import type { DecoderData, DecoderError } from "./data";
import { createDecoder } from "./decode";
import { type CodeAnnotation, MAX_READ_CHARS, type PartAnnotation, type Reading } from "./reading";
import { DEFAULT_DECODER_WEIGHTS, type DecoderWeights } from "./weights";

/** Control characters other than tab, newline and carriage return: text never holds them, binary data does. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;

/** The xDS types that have a glossary entry of their own; the others (WDS, NDS...) are explained by xDS. */
const XDS_TERMS = new Set(["CDS", "LDS", "RDS", "EDS", "SDS"]);

/**
 * What each part is, in a sentence, and the glossary sense it is an instance of (`term#sense`, or one chosen
 * by the part's text); a test checks every one resolves.
 */
export const PARTS: Record<PartRole, { explain: string; ref?: string | ((text: string) => string) }> = {
  direction: { explain: "the direction: outbound is traffic leaving this workload, inbound is traffic arriving at it" },
  port: { explain: "the service port the cluster sends to", ref: "port#kubernetes" },
  subset: { explain: "the DestinationRule subset (empty when there is none)", ref: "subset#istio" },
  host: { explain: "the host (service name) the cluster is for", ref: "host#istio" },
  "cluster-name": { explain: "an Envoy cluster name", ref: "cluster#envoy" },
  "trust-domain": { explain: "the trust domain: whose identities these are", ref: "trust-domain#istio" },
  namespace: { explain: "the Kubernetes namespace", ref: "namespace#kubernetes" },
  "service-account": {
    explain: "the Kubernetes service account the workload runs as",
    ref: "service-account#kubernetes",
  },
  service: { explain: "the Kubernetes Service", ref: "service#kubernetes" },
  "response-code": { explain: "the HTTP status the proxy returned (0: no HTTP response, a TCP connection)" },
  "response-flag": { explain: "an Envoy response flag: why the request ended as it did" },
  "response-code-details": { explain: "Envoy's detail of where the response came from" },
  "analyzer-code": { explain: "an istioctl analyze message code" },
  "analyzer-level": { explain: "how serious istioctl analyze thinks it is" },
  resource: { explain: "the resource the message is about (kind namespace/name)" },
  "proxy-type": { explain: "the kind of proxy (sidecar, router for gateways, waypoint)" },
  "pod-ip": { explain: "the pod's IP address" },
  pod: { explain: "the pod name" },
  "dns-domain": { explain: "the cluster's DNS domain (cluster.local unless changed)" },
  workload: { explain: "the workload (its pod's name) at this end of the connection", ref: "workload#istio" },
  "hbone-address": {
    explain:
      "where the HBONE tunnel delivers: the destination pod's IP and the app's own port (the tunnel runs on 15008)",
    ref: "hbone#istio",
  },
  "close-reason": { explain: "why ztunnel ended the connection with an error" },
  "xds-type": {
    explain:
      "the xDS type pushed: CDS clusters, LDS listeners, RDS routes, EDS endpoints, SDS secrets, WDS ambient workloads",
    ref: (text) => (XDS_TERMS.has(text) ? `${text.toLowerCase()}#envoy` : "xds#envoy"),
  },
  "push-type": {
    explain:
      "PUSH sends every resource of the type, PUSH INC only what changed; “request” marks an answer to the proxy asking, as on connecting",
  },
  "resource-count": { explain: "how many resources of this type the proxy was sent" },
  "filter-type": {
    explain:
      "where the filter runs: http filters act on each request, network filters on each connection, listener filters before a filter chain is chosen",
  },
  "filter-name": { explain: "the filter Envoy runs there", ref: "filter#envoy" },
};

/** The `term#sense` a part is an instance of, if any. */
export function partRef(role: PartRole, text: string): string | undefined {
  const ref = PARTS[role].ref;
  return typeof ref === "function" ? ref(text) : ref;
}

/** Reads a text whole: terms (with their senses), error codes and messages, and the parts of structures. */
export function createReader(data: DecoderData, weights: DecoderWeights = DEFAULT_DECODER_WEIGHTS) {
  const decode = createDecoder(data, weights);
  const byCode = new Map(data.errors.map((e) => [e.code, e]));
  // Codes and long names as written (IST0101, FaultInjected, a whole message), each claimed by one error only.
  const findPhrases = phraseFinder(data.errors.flatMap((e) => [e.code, ...e.names].map((n) => [n, e] as const)));

  return (input: string): Reading => {
    const cut = input.length > MAX_READ_CHARS ? input.slice(0, MAX_READ_CHARS) : input;
    // Read as spaces, so offsets still point into what was pasted.
    const text = cut.replace(CONTROL, " ");
    const limits = { truncatedFrom: cut === input ? null : input.length, binary: text !== cut };
    const structures = findStructures(text);
    const codes: CodeAnnotation[] = [];
    const taken: [number, number][] = [];
    const add = (start: number, surface: string, e: DecoderError | undefined, reason: string) => {
      const end = start + surface.length;
      if (!e || taken.some(([a, b]) => start < b && end > a)) return;
      taken.push([start, end]);
      codes.push({
        start,
        end,
        surface,
        error: e.id,
        code: e.code,
        kind: e.kind,
        title: e.title,
        short: e.short,
        reason,
      });
    };
    for (const s of structures) {
      for (const p of s.parts) {
        if (p.role === "response-flag")
          add(p.start, p.text, byCode.get(p.text), "a response flag in an access-log line");
        if (p.role === "analyzer-code") add(p.start, p.text, byCode.get(p.text), "an istioctl analyze message code");
        if (p.role === "response-code-details") {
          const base = p.text.split("{")[0] ?? p.text;
          const whole = findPhrases(base).find((h) => h.start === 0 && h.end === base.length);
          add(p.start, base, whole?.owner, "the response-code details of an access-log line");
        }
      }
    }
    for (const group of writtenFlags(text)) {
      const known = group.flags.map((f) => byCode.get(f.code)).filter((e) => e?.kind === "response-flag");
      if (!group.cued && known.length < group.flags.length) continue;
      for (const f of group.flags) {
        const e = byCode.get(f.code);
        if (e?.kind === "response-flag") add(f.start, f.text, e, "written as a response flag");
      }
    }
    for (const hit of findPhrases(blankSpans(text, apiStatusReasons(text))))
      add(hit.start, hit.spelling, hit.owner, "its exact words");
    const reading = {
      terms: decode(text).filter((a) => !taken.some(([s, e]) => a.start < e && a.end > s)),
      codes: codes.sort((a, b) => a.start - b.start),
      parts: parts(structures, text),
      limits,
    };
    if (!limits.binary) return reading;
    // Surfaces as pasted, control characters and all, so they still match the text the caller holds.
    const asPasted = <T extends { start: number; end: number; surface: string }>(x: T): T => ({
      ...x,
      surface: cut.slice(x.start, x.end),
    });
    return {
      ...reading,
      terms: reading.terms.map(asPasted),
      codes: reading.codes.map(asPasted),
      parts: reading.parts.map(asPasted),
    };
  };
}

/** The parts of every structure, each explained and linked to the sense it is an instance of. */
function parts(structures: readonly Structure[], text: string): PartAnnotation[] {
  const out: PartAnnotation[] = [];
  for (const s of structures) {
    if (s.kind === "envoy-cluster") {
      out.push({
        start: s.start,
        end: s.end,
        surface: text.slice(s.start, s.end),
        role: "cluster-name",
        structure: s.kind,
        of: { start: s.start, end: s.end },
        explanation: PARTS["cluster-name"].explain,
        term: "cluster",
        sense: "envoy",
      });
    }
    for (const p of s.parts) {
      if (p.role === "response-flag" || p.role === "analyzer-code") continue;
      const info = PARTS[p.role];
      const [term, sense] = partRef(p.role, p.text)?.split("#") ?? [];
      out.push({
        start: p.start,
        end: p.end,
        surface: p.text,
        role: p.role,
        structure: s.kind,
        of: { start: s.start, end: s.end },
        explanation: info.explain,
        ...(term ? { term } : {}),
        ...(sense ? { sense } : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
