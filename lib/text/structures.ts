import type { Context } from "../contexts";

/**
 * Structured strings people paste, recognised before anything is split into words: an Envoy access-log line
 * (text or JSON), an Envoy cluster name, a SPIFFE id or principal, a mesh FQDN, an `istioctl analyze` line, a
 * proxy node id, a ztunnel connection log line, an istiod xDS push log line, an Envoy filter's name. Each comes back with its parts and what each part is, so search can answer with what the parts
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
  | "dns-domain"
  | "workload"
  | "hbone-address"
  | "close-reason"
  | "xds-type"
  | "push-type"
  | "resource-count"
  | "filter-type"
  | "filter-name";

export type StructureKind =
  | "access-log"
  | "access-log-json"
  | "envoy-cluster"
  | "spiffe-id"
  | "principal"
  | "fqdn"
  | "analyzer-line"
  | "proxy-node-id"
  | "ztunnel-log"
  | "istiod-push"
  | "envoy-filter";

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
const ACCESS_LOG = /"(?:[A-Z]+ \S+ [A-Z/0-9.]+|- - -)"\s+(\d{1,3})\s+([A-Z]{2,5}(?:,[A-Z]{2,5})*|-)(?:\s+(\S+))?/g;

/**
 * ztunnel's connection log (`access` target): `connection complete src.addr=… src.workload="…" … dst.hbone_addr=…
 * direction="outbound" … error="…"`, key=value pairs on one line (ztunnel 1.24 to 1.31 print the same keys).
 */
const ZTUNNEL_LOG = /\bconnection (?:complete|failed)\b[^\n]*?\bsrc\.addr=[^\n]*/g;
const ZTUNNEL_FIELD = /\b(src\.workload|dst\.workload|dst\.hbone_addr|direction|error)=(?:"([^"]*)"|(\S+))/g;
/**
 * istiod's push log: `CDS: PUSH request for node:reviews-v1-7d9c.shop resources:27 size:31.5kB` (the short
 * type names come from istio's GetShortType), and the debounce line naming the config that started a push.
 */
const XDS_PUSH =
  /\b(CDS|LDS|RDS|EDS|SDS|NDS|PCDS|ECDS|WDS|WADS): (PUSH(?: INC)?(?: request)?) for node:([\w-]+)\.([\w-]+) resources:(\d+)/g;
/**
 * An Envoy filter's well-known name (`envoy.filters.http.local_ratelimit`) or the type of its config
 * (`envoy.extensions.filters.network.tcp_proxy.v3.TcpProxy`), as EnvoyFilter patches and config dumps write them.
 */
const FILTER_NAME =
  /\benvoy\.(?:extensions\.)?filters\.(http|network|listener|udp_listener)\.([a-z0-9_]+)(?:\.v\d+(?:alpha)?\.[A-Za-z0-9]+)?\b/g;
const PUSH_DEBOUNCE = /\bPush debounce stable\[\d+\] \d+ for config ([A-Za-z]+\/[\w.-]+\/[\w.-]+)/g;

function push(parts: StructurePart[], role: PartRole, text: string, start: number): void {
  if (text) parts.push({ role, text, start, end: start + text.length });
}

/**
 * A CRD's name: its kind's plural, then its API group (`authorizationpolicies.security.istio.io`); the plural and
 * the group are the two captures. A Service's DNS name (`istiod.istio-system.svc`) has the same shape.
 */
export const CRD_NAME = /(?<![\p{L}\p{N}.])(\p{L}+)\.((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\p{N}./-])/gu;

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
    // A line cut short after its flags ("- - -" 0 NR) has no details.
    if (details && details !== "-")
      push(parts, "response-code-details", details, text.indexOf(details, flagsAt + flags.length));
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
  for (const m of text.matchAll(ZTUNNEL_LOG)) {
    const at = m.index ?? 0;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const parts: StructurePart[] = [];
    for (const f of m[0].matchAll(ZTUNNEL_FIELD)) {
      const [, key = "", quoted, bare] = f;
      const value = quoted ?? bare ?? "";
      const valueAt = at + (f.index ?? 0) + key.length + 1 + (quoted === undefined ? 0 : 1);
      const role: PartRole =
        key === "direction"
          ? "direction"
          : key === "error"
            ? "close-reason"
            : key === "dst.hbone_addr"
              ? "hbone-address"
              : "workload";
      push(parts, role, value, valueAt);
    }
    found.push({ kind: "ztunnel-log", start: lineStart, end: at + m[0].length, parts });
  }
  for (const m of text.matchAll(XDS_PUSH)) {
    const at = m.index ?? 0;
    const [whole, type = "", how = "", pod = "", ns = "", count = ""] = m;
    const parts: StructurePart[] = [];
    push(parts, "xds-type", type, at);
    push(parts, "push-type", how, at + type.length + 2);
    const podAt = at + whole.indexOf("node:") + 5;
    push(parts, "pod", pod, podAt);
    push(parts, "namespace", ns, podAt + pod.length + 1);
    push(parts, "resource-count", count, at + whole.length - count.length);
    found.push({ kind: "istiod-push", start: at, end: at + whole.length, parts });
  }
  for (const m of text.matchAll(PUSH_DEBOUNCE)) {
    const at = m.index ?? 0;
    const [whole, resource = ""] = m;
    const parts: StructurePart[] = [];
    push(parts, "resource", resource, at + whole.length - resource.length);
    found.push({ kind: "istiod-push", start: at, end: at + whole.length, parts });
  }
  for (const m of text.matchAll(FILTER_NAME)) {
    const at = m.index ?? 0;
    const [whole, type = "", name = ""] = m;
    const parts: StructurePart[] = [];
    const typeAt = at + whole.indexOf(`.${type}.`) + 1;
    push(parts, "filter-type", type, typeAt);
    push(parts, "filter-name", name, typeAt + type.length + 1);
    found.push({ kind: "envoy-filter", start: at, end: at + whole.length, parts });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A comma list of Envoy response flags as written in prose or a query: `503 UF,URX`, `the NR flag`, `UF,URX`.
 * Each flag's `code` is its text in capitals, as Envoy prints it.
 */
export type WrittenFlags = { flags: { text: string; start: number; code: string }[]; cued: boolean };

/**
 * A status code, the word flag(s) or response_flags before a list, or "flag(s)" after it, says it is flags. Right
 * after a status a list typed in lower case counts too ("503 uf"); beside the word "flags" a lower-case word is
 * prose ("flags do not work").
 */
const CUED_FLAGS =
  /\b(?:\d{3}\s+|(?:response[_ ])?flags?[\s:=]+["'`]?)([A-Z]{2,5}(?:,[A-Z]{2,5})*)\b|\b([A-Z]{2,5}(?:,[A-Z]{2,5})*)`?\s+(?:response\s+)?flags?\b|\b\d{3}\s+([a-z]{2,5}(?:,[a-z]{2,5})*)\b/g;
const FLAG_LIST = /\b[A-Z]{2,5}(?:,[A-Z]{2,5})+\b/g;

/**
 * Lists of short uppercase codes written where flags go. Short flags (UF, NR, DC) are ordinary letters in
 * prose, so a list counts when something cues it (`cued`), or, uncued, only if every item is a known flag:
 * the caller checks that against its own list.
 */
export function writtenFlags(text: string): WrittenFlags[] {
  const out: WrittenFlags[] = [];
  const seen = new Set<number>();
  const add = (list: string, start: number, cued: boolean) => {
    if (seen.has(start)) return;
    seen.add(start);
    const flags: WrittenFlags["flags"] = [];
    let at = start;
    for (const flag of list.split(",")) {
      flags.push({ text: flag, start: at, code: flag.toUpperCase() });
      at += flag.length + 1;
    }
    out.push({ flags, cued });
  };
  for (const m of text.matchAll(CUED_FLAGS)) {
    const list = m[1] ?? m[2] ?? m[3] ?? "";
    add(list, (m.index ?? 0) + m[0].indexOf(list), true);
  }
  for (const m of text.matchAll(FLAG_LIST)) add(m[0], m.index ?? 0, false);
  return out.sort((a, b) => (a.flags[0]?.start ?? 0) - (b.flags[0]?.start ?? 0));
}

/**
 * Structures that are whole log lines: their words are still read as words (the 15008 in a ztunnel line is
 * the HBONE port), and only the structures inside them (a SPIFFE id, a cluster name) are read as wholes.
 */
export const LINE_STRUCTURES: ReadonlySet<StructureKind> = new Set([
  "access-log",
  "access-log-json",
  "analyzer-line",
  "ztunnel-log",
  "istiod-push",
]);

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
  "ztunnel-log": "istio",
  "istiod-push": "envoy",
  "envoy-filter": "envoy",
};

/**
 * The words a structure's kind is known by, for search to answer with the term that explains it; an Envoy
 * filter's by where it runs (`envoy.filters.http.*` is an HTTP filter).
 */
export const STRUCTURE_NAMES: Readonly<Record<StructureKind, readonly string[] | ((s: Structure) => string[])>> = {
  "access-log": ["Envoy access log"],
  "access-log-json": ["Envoy access log"],
  "envoy-cluster": ["Envoy cluster"],
  "spiffe-id": ["SPIFFE ID"],
  principal: ["principal"],
  fqdn: ["host"],
  "analyzer-line": ["istioctl analyze"],
  "proxy-node-id": ["node ID"],
  "ztunnel-log": ["ztunnel"],
  "istiod-push": ["xDS"],
  "envoy-filter": (s) => {
    const type = s.parts.find((p) => p.role === "filter-type")?.text;
    return type === "http" ? ["HTTP filter"] : type === "network" ? ["network filter"] : ["listener filter"];
  },
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
    // A part that is itself words (a filter's name, `http_connection_manager`) stays for the words to find.
    let from = s.start;
    for (const p of s.parts)
      if (WORD_PARTS.has(p.role)) {
        if (p.start > from) spans.push([from, p.start]);
        from = p.end;
      }
    if (s.end > from) spans.push([from, s.end]);
    contexts.add(STRUCTURE_CONTEXT[s.kind]);
    const names = STRUCTURE_NAMES[s.kind];
    for (const name of typeof names === "function" ? names(s) : names) kinds.add(name);
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

/** Parts of a structure that search reads as words too. */
const WORD_PARTS: ReadonlySet<PartRole> = new Set(["filter-name"]);

/**
 * Where kubectl prints the API server's status reason (`Error from server (NotFound): ...`): the reason's span. It is
 * Kubernetes' word for what failed, never an analyzer's code of the same name (IST0001 is InternalError too).
 */
export function apiStatusReasons(text: string): [number, number][] {
  return [...text.matchAll(/\bError from server \((\w+)\)/g)].map((m) => {
    const reason = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - 1 - reason.length;
    return [start, start + reason.length];
  });
}

/** The text with the given spans blanked out (same length, so offsets stay valid). */
export function blankSpans(text: string, spans: readonly [number, number][]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + " ".repeat(Math.max(0, b - a)) + out.slice(b);
  return out;
}

/**
 * An istio.io docs address as people paste it: any release's or language's copy, with or without the scheme
 * (lib/docs-map/releases.ts builds them; this reads them, for search, whose worker shares no code with the page).
 */
const DOCS_ADDRESS =
  /\b(?:https?:\/\/)?(?:[a-z]+\.)?istio\.io\/(?:(?:latest|v\d+\.\d+)\/)?(?:[a-z]{2}(?:-[a-z]+)?\/)?docs\/([\w./-]*)/gi;

/** The docs paths (`tasks/security`, as `istioDocsUrl` takes them) of the istio.io docs addresses in a text. */
export function docsPathsIn(text: string): string[] {
  return [...text.matchAll(DOCS_ADDRESS)].map((m) => (m[1] ?? "").replace(/[/.]+$/, "").toLowerCase());
}
