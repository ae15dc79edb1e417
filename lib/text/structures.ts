import type { Context } from "../contexts";

/**
 * Structured strings people paste, recognised before anything is split into words: an Envoy access-log line
 * (text or JSON), an Envoy cluster name, a SPIFFE id or principal, a mesh FQDN, an `istioctl analyze` line, a
 * proxy node id. Each comes back with its parts and what each part is, so search can answer with what the parts
 * name and the decoder can explain them. Pure syntax: no glossary here.
 */

/** One part of a structure: where it is in the text and what it is. */
export type StructurePart = { role: PartRole; text: string; start: number; end: number };

export type PartRole =
  | "direction"
  | "port"
  | "subset"
  | "host"
  | "cluster-name"
  | "trust-domain"
  | "namespace"
  | "service-account"
  | "service"
  | "response-code"
  | "response-flag"
  | "response-code-details"
  | "analyzer-code"
  | "analyzer-level"
  | "resource"
  | "proxy-type"
  | "pod-ip"
  | "pod"
  | "dns-domain";

export type StructureKind =
  | "access-log"
  | "access-log-json"
  | "envoy-cluster"
  | "spiffe-id"
  | "principal"
  | "fqdn"
  | "analyzer-line"
  | "proxy-node-id";

export type Structure = { kind: StructureKind; start: number; end: number; parts: StructurePart[] };

const FLAG = /^[A-Z]{2,5}$/;

/** `outbound|9080|v1|reviews.default.svc.cluster.local`, and the inbound and SNI-dns forms. */
const CLUSTER_NAME = /\b(outbound|inbound)(\||_\.)(\d+)(?:\||_\.)([\w.-]*)(?:\||_\.)([\w.*-]*)/g;
/** `spiffe://cluster.local/ns/payments/sa/ledger` or the principal form without the scheme. */
const SPIFFE = /(spiffe:\/\/)?([a-z0-9.-]+)\/ns\/([a-z0-9-]+)\/sa\/([a-z0-9.-]+)/g;
/** `reviews.shop.svc.cluster.local` (the cluster domain may be other than cluster.local). */
const FQDN = /\b([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.([a-z0-9-]+(?:\.[a-z0-9-]+)*)\b/g;
/** `Error [IST0101] (VirtualService shop/reviews) ...` */
const ANALYZER = /\b(Error|Warning|Warn|Info)\s*\[(IST\d{4})\]\s*(?:\(([^)]*)\))?/g;
/** `sidecar~10.1.2.3~reviews-v1-abc.shop~shop.svc.cluster.local` */
const NODE_ID = /\b(sidecar|router|waypoint)~([0-9a-f.:]+)~([\w.-]+)\.([\w-]+)~([\w.-]+)/g;
/**
 * Istio's default text access-log format: `[time] "METHOD path PROTOCOL" code FLAGS details ...` (HTTP) or
 * `[time] "- - -" 0 FLAGS details ...` (TCP); the response flags are a comma list or "-".
 */
const ACCESS_LOG = /"(?:[A-Z]+ \S+ [A-Z/0-9.]+|- - -)"\s+(\d{1,3})\s+([A-Z]{2,5}(?:,[A-Z]{2,5})*|-)\s+(\S+)/g;

function push(parts: StructurePart[], role: PartRole, text: string, start: number): void {
  if (text) parts.push({ role, text, start, end: start + text.length });
}

/** Every structure in a text, in order of position; a structure inside a larger one is kept as its own too. */
export function findStructures(text: string): Structure[] {
  const found: Structure[] = [];
  for (const m of text.matchAll(ACCESS_LOG)) {
    const at = m.index ?? 0;
    const [whole, code = "", flags = "", details = ""] = m;
    const parts: StructurePart[] = [];
    const codeAt = at + whole.indexOf(code, whole.indexOf('"', 1) + 1);
    push(parts, "response-code", code, codeAt);
    const flagsAt = text.indexOf(flags, codeAt + code.length);
    if (flags !== "-") {
      let offset = flagsAt;
      for (const flag of flags.split(",")) {
        push(parts, "response-flag", flag, offset);
        offset += flag.length + 1;
      }
    }
    if (details !== "-") push(parts, "response-code-details", details, text.indexOf(details, flagsAt + flags.length));
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const lineEnd = text.indexOf("\n", at);
    found.push({ kind: "access-log", start: lineStart, end: lineEnd < 0 ? text.length : lineEnd, parts });
  }
  for (const m of text.matchAll(/"response_flags"\s*:\s*"([A-Z,]+)"|"response_code_details"\s*:\s*"([^"]+)"/g)) {
    const at = m.index ?? 0;
    const value = m[1] ?? m[2] ?? "";
    const valueAt = at + m[0].lastIndexOf(value);
    const parts: StructurePart[] = [];
    if (m[1] !== undefined) {
      let offset = valueAt;
      for (const flag of value.split(",")) {
        if (FLAG.test(flag)) push(parts, "response-flag", flag, offset);
        offset += flag.length + 1;
      }
    } else push(parts, "response-code-details", value, valueAt);
    found.push({ kind: "access-log-json", start: at, end: at + m[0].length, parts });
  }
  for (const m of text.matchAll(CLUSTER_NAME)) {
    const at = m.index ?? 0;
    const [whole, direction = "", , port = "", subset = "", host = ""] = m;
    const parts: StructurePart[] = [];
    push(parts, "direction", direction, at);
    let cursor = at + direction.length + 1;
    push(parts, "port", port, text.indexOf(port, cursor));
    cursor = text.indexOf(port, cursor) + port.length + 1;
    if (subset) push(parts, "subset", subset, text.indexOf(subset, cursor));
    if (host) push(parts, "host", host, at + whole.lastIndexOf(host));
    found.push({ kind: "envoy-cluster", start: at, end: at + whole.length, parts });
  }
  for (const m of text.matchAll(SPIFFE)) {
    const at = m.index ?? 0;
    const [whole, scheme = "", domain = "", ns = "", sa = ""] = m;
    const parts: StructurePart[] = [];
    push(parts, "trust-domain", domain, at + scheme.length);
    push(parts, "namespace", ns, at + whole.indexOf(`/ns/${ns}`) + 4);
    push(parts, "service-account", sa, at + whole.lastIndexOf(`/sa/${sa}`) + 4);
    found.push({ kind: scheme ? "spiffe-id" : "principal", start: at, end: at + whole.length, parts });
  }
  for (const m of text.matchAll(FQDN)) {
    const at = m.index ?? 0;
    const [whole, service = "", ns = "", domain = ""] = m;
    const parts: StructurePart[] = [];
    push(parts, "service", service, at);
    push(parts, "namespace", ns, at + service.length + 1);
    push(parts, "dns-domain", domain, at + whole.length - domain.length);
    found.push({ kind: "fqdn", start: at, end: at + whole.length, parts });
  }
  for (const m of text.matchAll(ANALYZER)) {
    const at = m.index ?? 0;
    const [whole, level = "", code = "", resource = ""] = m;
    const parts: StructurePart[] = [];
    push(parts, "analyzer-level", level, at);
    push(parts, "analyzer-code", code, at + whole.indexOf(code));
    if (resource) push(parts, "resource", resource, at + whole.indexOf(resource));
    found.push({ kind: "analyzer-line", start: at, end: at + whole.length, parts });
  }
  for (const m of text.matchAll(NODE_ID)) {
    const at = m.index ?? 0;
    const [whole, type = "", ip = "", pod = "", ns = ""] = m;
    const parts: StructurePart[] = [];
    push(parts, "proxy-type", type, at);
    push(parts, "pod-ip", ip, at + type.length + 1);
    push(parts, "pod", pod, at + type.length + ip.length + 2);
    push(parts, "namespace", ns, at + type.length + ip.length + pod.length + 3);
    found.push({ kind: "proxy-node-id", start: at, end: at + whole.length, parts });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The context a structure belongs to: a pasted Envoy cluster name is about Envoy, a principal about Istio. */
export const STRUCTURE_CONTEXT: Readonly<Record<StructureKind, Context>> = {
  "access-log": "envoy",
  "access-log-json": "envoy",
  "envoy-cluster": "envoy",
  "spiffe-id": "istio",
  principal: "istio",
  fqdn: "istio",
  "analyzer-line": "istio",
  "proxy-node-id": "envoy",
};

/** The words a structure's kind is known by, for search to answer with the term that explains it. */
export const STRUCTURE_NAMES: Readonly<Record<StructureKind, readonly string[]>> = {
  "access-log": ["access log"],
  "access-log-json": ["access log"],
  "envoy-cluster": ["Envoy cluster"],
  "spiffe-id": ["SPIFFE ID"],
  principal: ["principal"],
  fqdn: ["host"],
  "analyzer-line": ["istioctl analyze"],
  "proxy-node-id": ["node ID"],
};

/**
 * What a pasted text names through its structures, for search: the names of the structures' kinds and the
 * codes they carry (each response flag, the response-code details with and without their `{reason}`, each
 * analyzer code). The spans the structures cover are returned too, so their characters are not also read as
 * prose words.
 */
export function structureNames(text: string): {
  codes: string[];
  kinds: string[];
  contexts: Context[];
  spans: [number, number][];
} {
  const codes = new Set<string>();
  const kinds = new Set<string>();
  const contexts = new Set<Context>();
  const spans: [number, number][] = [];
  const all = findStructures(text);
  // A structure inside another (the FQDN inside an Envoy cluster name) is a part of it, not a thing pasted.
  const outer = all.filter((s) => !all.some((o) => o !== s && o.start <= s.start && o.end >= s.end));
  for (const s of outer) {
    spans.push([s.start, s.end]);
    contexts.add(STRUCTURE_CONTEXT[s.kind]);
    for (const name of STRUCTURE_NAMES[s.kind]) kinds.add(name);
    for (const p of s.parts) {
      if (p.role === "response-flag" || p.role === "analyzer-code") codes.add(p.text);
      if (p.role === "response-code-details") {
        codes.add(p.text);
        const brace = p.text.indexOf("{");
        if (brace > 0) codes.add(p.text.slice(0, brace));
      }
    }
  }
  return { codes: [...codes], kinds: [...kinds], contexts: [...contexts], spans };
}

/** The text with the given spans blanked out (same length, so offsets stay valid). */
export function blankSpans(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + " ".repeat(Math.max(0, b - a)) + out.slice(b);
  return out;
}
