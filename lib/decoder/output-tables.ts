/**
 * Column headers of command output people paste: which sense a word means when it is the header of a column.
 * `CLUSTER` heading `istioctl proxy-config endpoint` output is an Envoy cluster; heading `istioctl proxy-status`
 * it is the cluster (of a multicluster mesh) the proxy belongs to. Headers as printed by istioctl 1.31
 * (istioctl/pkg/writer/...) and kubectl; a table is recognised when all of its `signature` headers stand on
 * one line, in order, and nothing but capitals, digits and punctuation does.
 */
export type OutputTable = {
  /** The command whose output it is, as the reason names it. */
  command: string;
  /** Headers that together identify the table, in the order they are printed. */
  signature: string[];
  /** Header -> "term#sense" it means, for the headers that are glossary terms. */
  columns: Record<string, string>;
};

export const OUTPUT_TABLES: OutputTable[] = [
  {
    // istioctl/pkg/writer/envoy/clusters/clusters.go
    command: "istioctl proxy-config endpoint",
    signature: ["ENDPOINT", "STATUS", "OUTLIER CHECK", "CLUSTER"],
    columns: { ENDPOINT: "endpoint#envoy", CLUSTER: "cluster#envoy" },
  },
  {
    // istioctl/pkg/writer/envoy/configdump/endpoint.go
    command: "istioctl proxy-config endpoint",
    signature: ["NAME", "STATUS", "LOCALITY", "CLUSTER"],
    columns: { CLUSTER: "cluster#envoy", LOCALITY: "locality#envoy" },
  },
  {
    // istioctl/pkg/writer/envoy/configdump/cluster.go: PORT is the Service's port the cluster is for.
    command: "istioctl proxy-config cluster",
    signature: ["SERVICE FQDN", "PORT", "SUBSET", "DIRECTION", "TYPE"],
    columns: { PORT: "port#kubernetes", SUBSET: "subset#istio", "DESTINATION RULE": "destination-rule#istio" },
  },
  {
    // istioctl/pkg/writer/envoy/configdump/listener.go
    command: "istioctl proxy-config listener",
    signature: ["ADDRESSES", "PORT", "MATCH", "DESTINATION"],
    columns: { PORT: "port#envoy" },
  },
  {
    // istioctl/pkg/writer/envoy/configdump/route.go
    command: "istioctl proxy-config route",
    signature: ["NAME", "VHOST NAME", "DOMAINS", "MATCH", "VIRTUAL SERVICE"],
    columns: { "VIRTUAL SERVICE": "virtual-service#istio" },
  },
  {
    // istioctl/pkg/writer/pilot/status.go since 1.27, and the per-type columns before it.
    command: "istioctl proxy-status",
    signature: ["NAME", "CLUSTER", "ISTIOD", "VERSION"],
    columns: { CLUSTER: "cluster#istio" },
  },
  {
    command: "istioctl proxy-status",
    signature: ["NAME", "CLUSTER", "CDS", "LDS", "EDS", "RDS"],
    columns: { CLUSTER: "cluster#istio" },
  },
  {
    // istioctl/pkg/writer/ztunnel/configdump/services.go
    command: "istioctl ztunnel-config services",
    signature: ["NAMESPACE", "SERVICE NAME", "SERVICE VIP", "WAYPOINT"],
    columns: { WAYPOINT: "waypoint#istio" },
  },
  {
    // istioctl/pkg/tag/tag.go: each tag, the revision it points to, and the namespaces whose istio.io/rev label
    // names it (the namespaces it injects).
    command: "istioctl tag list",
    signature: ["TAG", "REVISION", "NAMESPACES"],
    columns: { TAG: "tag#istio", REVISION: "revision#istio", NAMESPACES: "namespace#policy-scope" },
  },
  {
    command: "kubectl get services",
    signature: ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)"],
    columns: { "PORT(S)": "port#kubernetes" },
  },
  {
    command: "kubectl get endpoints",
    signature: ["NAME", "ENDPOINTS", "AGE"],
    columns: { ENDPOINTS: "endpoint#kubernetes" },
  },
];

/**
 * Command output printed as `Key: value` lines, recognised when all of its `signature` keys start lines in that
 * order: which sense a key means there. Keys as printed by istioctl 1.31.
 */
export type OutputFields = {
  command: string;
  signature: string[];
  /** Key -> "term#sense" it means, for the keys that are glossary terms. */
  fields: Record<string, string>;
};

export const OUTPUT_FIELDS: OutputFields[] = [
  {
    // istioctl/pkg/describe/describe.go, printPod and printService: "Pod Ports" lists the containers' ports;
    // "Service" is the Kubernetes Service; each "Port" line shows a Service port's name and the protocol Istio
    // selects from it (findProtocolForPort).
    command: "istioctl x describe pod",
    signature: ["Pod", "Service"],
    fields: { "Pod Ports": "port#kubernetes", Service: "service#kubernetes", Port: "port#protocol-naming" },
  },
];

/**
 * A header cell found in a text: where it is, what it means, and which command printed the table; `field` when it
 * is the key of a `Key: value` line rather than a column header.
 */
export type HeaderCell = { start: number; end: number; header: string; means: string; command: string; field?: true };

const HEADER_LINE = /^[A-Z0-9 ()/.\-_\t]+$/;

/** The header cells of known output tables in a text, each with the sense its column means. */
export function findHeaderCells(text: string, tables: readonly OutputTable[] = OUTPUT_TABLES): HeaderCell[] {
  const cells: HeaderCell[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trimEnd();
    if (/[A-Z]{3}/.test(trimmed) && HEADER_LINE.test(trimmed)) {
      for (const table of tables) {
        const at = headerPositions(trimmed, [...new Set([...table.signature, ...Object.keys(table.columns)])]);
        if (!table.signature.every((h) => at.has(h))) continue;
        const order = table.signature.map((h) => at.get(h) ?? -1);
        if (order.some((v, i) => i > 0 && v < (order[i - 1] ?? 0))) continue;
        for (const [header, means] of Object.entries(table.columns)) {
          const start = at.get(header);
          if (start !== undefined)
            cells.push({ start: pos + start, end: pos + start + header.length, header, means, command: table.command });
        }
        break;
      }
    }
    pos += line.length + 1;
  }
  return cells;
}

/** Where each header stands in a line, as a whole cell (not part of a longer header such as CLUSTER-IP). */
function headerPositions(line: string, headers: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  for (const h of headers) {
    const escaped = h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const m = new RegExp(`(?:^|\\s)(${escaped})(?=\\s|$)`).exec(line);
    if (m) at.set(h, m.index + (m[0].length - h.length));
  }
  return at;
}

const KEY_LINE = /^(\s*)([A-Z][A-Za-z ]*?): /;

/** The keys of known `Key: value` outputs in a text, each with the sense it means. */
export function findFieldCells(text: string, outputs: readonly OutputFields[] = OUTPUT_FIELDS): HeaderCell[] {
  const keys: { key: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    const m = KEY_LINE.exec(line);
    if (m?.[2]) keys.push({ key: m[2], start: pos + (m[1]?.length ?? 0) });
    pos += line.length + 1;
  }
  const cells: HeaderCell[] = [];
  for (const output of outputs) {
    let next = 0;
    for (const { key } of keys) if (key === output.signature[next]) next++;
    if (next < output.signature.length) continue;
    for (const { key, start } of keys) {
      const means = output.fields[key];
      if (means)
        cells.push({ start, end: start + key.length, header: key, means, command: output.command, field: true });
    }
  }
  return cells;
}
