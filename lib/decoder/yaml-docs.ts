import { spellIstioctl } from "../text/normalize";

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

/**
 * The API kind a nested `kind:` value refers to (`parentRefs: - kind: Gateway`), as "group/Kind": the group from
 * a `group:` key beside it (empty is the core API), else the manifest's own group, as Gateway API references
 * default. Null when the mention is no such value, or is the manifest's own kind.
 */
export function kindReference(text: string, start: number, end: number, doc: ManifestDoc): string | null {
  if (start === doc.kindStart) return null;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const m = /^(\s*(?:-\s+)?)kind:\s*["']?([A-Z][A-Za-z0-9]*)["']?\s*$/.exec(line);
  if (!m || lineStart + line.indexOf(m[2] ?? "", (m[1] ?? "").length) !== start || m[2]?.length !== end - start)
    return null;
  const column = (m[1] ?? "").length;
  // The keys of the same map: lines whose key starts at the same column, up to a line left of it or a new item.
  const sameMap = (from: number, step: 1 | -1): string | null => {
    for (let at = from, n = 0; n < 40; n++) {
      const a = step === 1 ? text.indexOf("\n", at) + 1 : text.lastIndexOf("\n", at - 2) + 1;
      if (step === 1 ? a <= 0 || a >= doc.end : a >= at || a < doc.start) return null;
      const b = text.indexOf("\n", a);
      const next = text.slice(a, b < 0 ? text.length : b);
      at = a;
      if (next.trim() === "") continue;
      const indent = /^(\s*)(-\s+)?/.exec(next);
      const item = indent?.[2] !== undefined;
      const col = (indent?.[1]?.length ?? 0) + (indent?.[2]?.length ?? 0);
      if (col < column || (col === column && item && step === 1)) return null;
      if (col > column) continue;
      const key = /^\s*(?:-\s+)?([\w.-]+)\s*:\s*["']?([^"'\s]*)["']?\s*$/.exec(next);
      if (key?.[1] === "group") return key[2] ?? "";
      // Going up, the list item's first line is where this map starts.
      if (item) return null;
    }
    return null;
  };
  // A `- kind:` line starts its map: nothing above it is a sibling.
  const group = (/-\s+$/.test(m[1] ?? "") ? null : sameMap(lineStart, -1)) ?? sameMap(lineStart, 1);
  return `${group === null ? doc.group : group === "" ? "core" : group}/${m[2]}`;
}

/**
 * The dotted key path of a YAML key at `offset` (`metadata.labels`, `spec.subsets.labels`), read from the
 * indentation of the lines above it, list items and all; null when the text there is not a key (`key:`).
 */
export function yamlKeyPath(text: string, start: number, end: number): string | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const key = /^(\s*(?:-\s+)*)([\w./-]+)\s*:(?:\s|$)/.exec(line);
  if (!key || lineStart + (key[1] ?? "").length !== start || key[2]?.length !== end - start) return null;
  const path = [key[2] ?? ""];
  let indent = (key[1] ?? "").length;
  // Walk up: each line indented less than the current key and holding a key is its parent.
  let cursor = lineStart - 1;
  for (let steps = 0; cursor > 0 && indent > 0 && steps < 400; steps++) {
    const prevStart = text.lastIndexOf("\n", cursor - 1) + 1;
    const prev = text.slice(prevStart, cursor);
    cursor = prevStart - 1;
    if (/^\s*(---|```)\s*$/.test(prev)) break;
    const m = /^(\s*(?:-\s+)*)([\w./-]+)\s*:/.exec(prev);
    if (!m || prev.trim() === "") continue;
    const at = (m[1] ?? "").length;
    if (at < indent) {
      path.unshift(m[2] ?? "");
      indent = at;
    }
  }
  return path.join(".");
}

/**
 * The keys of the map under a YAML key at `start` (`labels:` -> `app`, `topology.istio.io/cluster`): the lines
 * right below it indented deeper, each at the first one's indentation, up to a line back at the key's own.
 */
export function yamlChildKeys(text: string, start: number): string[] {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const own = start - lineStart;
  const keys: string[] = [];
  let child = -1;
  let at = text.indexOf("\n", start);
  for (let steps = 0; at >= 0 && steps < 50; steps++) {
    const next = text.indexOf("\n", at + 1);
    const line = text.slice(at + 1, next < 0 ? text.length : next);
    at = next;
    if (line.trim() === "" || /^\s*#/.test(line)) continue;
    const indent = /^\s*/.exec(line)?.[0].length ?? 0;
    if (indent <= own) break;
    if (child < 0) child = indent;
    if (indent !== child) continue;
    const key = /^\s*([\w./-]+)\s*:(?:\s|$)/.exec(line);
    if (!key) return [];
    keys.push(key[1] ?? "");
  }
  return keys;
}

/** A command line and the output under it (up to a blank line or the next command). */
export type CommandBlock = { start: number; end: number; command: string };

const COMMAND = /^\s*(?:\$\s+|#\s+)?((?:kubectl|istioctl|helm|curl|k)\s[^\n]*)$/;
const PROMPT = /^\s*[$#]\s/;
/**
 * Where a command written in prose ends: a full stop, question or exclamation mark after a word and before a space
 * or the line's end, or a comma or semicolon before a space ("kubectl get endpoints shows two IPs, but istioctl
 * ..."), outside quotes (`curl -H "Accept: a, b"` goes on). -1 when the line has no such mark.
 */
function proseEnd(line: string): number {
  let quote = "";
  for (let i = 1; i < line.length; i++) {
    const ch = line[i] ?? "";
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || (ch === "'" && !/\p{L}/u.test(line[i - 1] ?? ""))) quote = ch;
    else if (/[.!?,;]/.test(ch) && /\s/.test(line[i + 1] ?? " ") && /[\p{L}\p{N})`'"]/u.test(line[i - 1] ?? ""))
      return i;
  }
  return -1;
}

/** Commands in a text, each with the span of its output: what a word in that output belongs to. */
export function findCommandBlocks(text: string): CommandBlock[] {
  const blocks: CommandBlock[] = [];
  let pos = 0;
  let current: CommandBlock | null = null;
  for (const line of text.split("\n")) {
    const m = COMMAND.exec(line);
    // A sentence that opens with a command's name ("istioctl proxy-status run against our primary cluster
    // listed..."): the command is read up to the sentence's end, and no output follows it.
    const mark = m && !PROMPT.test(line) ? proseEnd(line) : -1;
    if (m && mark >= 0) {
      if (current) blocks.push(current);
      current = null;
      // The command stops before the mark.
      const command = canonicalCommand(line.slice(line.indexOf(m[1] ?? ""), mark));
      blocks.push({ start: pos, end: pos + mark + 1, command });
    } else if (m) {
      if (current) blocks.push(current);
      current = { start: pos, end: pos + line.length, command: canonicalCommand(m[1] ?? "") };
    } else if (current) {
      // A blank line ends the output, and so does a comment: it is the writer's words about it.
      if (line.trim() === "" || /^\s*#\s/.test(line)) {
        blocks.push(current);
        current = null;
      } else current.end = pos + line.length;
    }
    pos += line.length + 1;
  }
  if (current) blocks.push(current);
  return blocks;
}

function canonicalCommand(command: string): string {
  // Which cluster, config file or namespace a command runs against says nothing about what it shows.
  const lower = command
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/ (?:--context|--kubeconfig|-n|--namespace|-i|--istionamespace)(?:=| )\S+/g, "")
    .trim();
  return spellIstioctl(lower);
}
