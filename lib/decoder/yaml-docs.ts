/** A Kubernetes manifest found in a text: where it is and what kind it declares. */
export type ManifestDoc = {
  start: number;
  end: number;
  /** API group ("core" for v1), e.g. networking.istio.io */
  group: string;
  kind: string;
  /** Where the kind's value stands, so the mention there can be decided exactly. */
  kindStart: number;
  kindEnd: number;
};

/**
 * Finds manifests by their `apiVersion:` and `kind:` lines, split at `---` lines (or a new apiVersion),
 * without parsing: pasted YAML is often partial or indented inside Markdown.
 */
export function findManifests(text: string): ManifestDoc[] {
  const docs: ManifestDoc[] = [];
  const lines: { text: string; start: number }[] = [];
  let pos = 0;
  for (const line of text.split("\n")) {
    lines.push({ text: line, start: pos });
    pos += line.length + 1;
  }
  let current: { start: number; group?: string; kind?: string; kindStart?: number; kindEnd?: number } | null = null;
  const close = (end: number) => {
    if (current?.group && current.kind && current.kindStart !== undefined && current.kindEnd !== undefined) {
      docs.push({
        start: current.start,
        end,
        group: current.group,
        kind: current.kind,
        kindStart: current.kindStart,
        kindEnd: current.kindEnd,
      });
    }
    current = null;
  };
  for (const { text: line, start } of lines) {
    if (/^\s*(---|```)\s*$/.test(line)) {
      close(start);
      continue;
    }
    const api = /^(\s*-?\s*)apiVersion:\s*["']?([A-Za-z0-9.\-/]+)["']?\s*$/.exec(line);
    if (api) {
      const c = current as { group?: string } | null;
      if (c?.group) close(start);
      const version = api[2] ?? "";
      current ??= { start };
      current.group = version.includes("/") ? (version.split("/")[0] ?? "core") : "core";
      continue;
    }
    const kind = /^(\s*-?\s*kind:\s*["']?)([A-Z][A-Za-z0-9]*)["']?\s*$/.exec(line);
    if (kind) {
      current ??= { start };
      if (current.kind === undefined) {
        current.kind = kind[2] ?? "";
        current.kindStart = start + (kind[1] ?? "").length;
        current.kindEnd = current.kindStart + current.kind.length;
      }
    }
  }
  close(text.length);
  return docs;
}

/** The context a manifest's API group belongs to. */
export function groupContext(group: string): "istio" | "gateway-api" | "kubernetes" | null {
  if (group.endsWith("istio.io")) return "istio";
  if (group === "gateway.networking.k8s.io") return "gateway-api";
  if (group === "core" || group.endsWith("k8s.io") || ["apps", "batch", "policy", "autoscaling"].includes(group))
    return "kubernetes";
  return null;
}
