import { lowerBound } from "../text/bisect";
import { foldName } from "../text/normalize";
import { findStructures, LINE_STRUCTURES } from "../text/structures";
import type { DecoderData } from "./data";

/** One place in a text where a glossary term is named. Offsets are UTF-16, as JavaScript strings count. */
export type Mention = { start: number; end: number; surface: string; term: number };

type Token = { text: string; start: number; end: number };

const MAX_NAME_TOKENS = 6;
/**
 * What may stand between the words of one name: a space, hyphen, underscore or dot ("east-west gateway",
 * "cluster.local"), or the slash of a label or annotation key (`istio.io/rev`); a run only counts when its folded
 * whole is a known name, so "TCP/UDP" and the like name nothing.
 */
const JOINER = /^(?:[ \t]?[-_ ]?[ \t]?|\.|\/)$/;

/** A noun's singular, as API resources and names are written: "gateways" -> "gateway", "policies" -> "policy". */
export function singular(key: string): string {
  if (key.length > 4 && key.endsWith("ies")) return `${key.slice(0, -3)}y`;
  if (key.length > 4 && /(ss|x|ch|sh)es$/.test(key)) return key.slice(0, -2);
  if (key.length > 3 && key.endsWith("s") && !key.endsWith("ss")) return key.slice(0, -1);
  return key;
}

/** Short all-capitals abbreviations (VS, DR, IO) only count written exactly so: "io" in a domain is no alias. */
function isStrictAbbreviation(name: string): boolean {
  return name.length <= 3 && /^[A-Z0-9]+$/.test(name);
}

export type Matcher = (text: string) => Mention[];

/** Builds the longest-match-first term finder over the decoder's names. */
export function createMatcher(data: DecoderData): Matcher {
  const byKey = new Map<string, number>();
  const strict = new Map<string, number>();
  let longest = 1;
  for (const [name, term] of data.names) {
    if (isStrictAbbreviation(name)) {
      if (!strict.has(name)) strict.set(name, term);
      continue;
    }
    const key = foldName(name);
    if (key.length < 2) continue;
    if (!byKey.has(key)) byKey.set(key, term);
    longest = Math.max(longest, Math.min(MAX_NAME_TOKENS, name.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length));
  }

  /**
   * The term a run of text names, if any: exact short capitals, then folded, then singular. `key` is the run
   * folded: its tokens' folded forms joined, which is what folding the run gives, since the joiners between
   * them are ASCII marks folding drops (each token is folded once per text, not once per run it is part of).
   */
  const termOf = (raw: string, key: string, oneToken: boolean) =>
    (oneToken ? strict.get(raw) : undefined) ?? byKey.get(key) ?? byKey.get(singular(key));

  return (text: string) => {
    const blocked = blockedRanges(text);
    const tokens: Token[] = [];
    for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const start = m.index ?? 0;
      tokens.push({ text: m[0], start, end: start + m[0].length });
    }
    // Every run of tokens that names a term, then the set of non-overlapping runs that explains the most text
    // (dynamic programming from the right): "the Kubernetes service account token" is `service account`, not
    // `Kubernetes service` plus stray words, because a name led by a world's name ("Kubernetes ...") counts a
    // little less than the compound it could qualify.
    type Span = { last: number; term: number; score: number };
    const spans: Span[][] = tokens.map(() => []);
    const folded = tokens.map((t) => foldName(t.text));
    /** Whether token `k` is joined to the one before it without a space (`proxy-config`, `outbound_9080`). */
    const glued = (k: number) => {
      const before = tokens[k - 1];
      const at = tokens[k];
      return before !== undefined && at !== undefined && /^[-_]$/.test(text.slice(before.end, at.start));
    };
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      if (isBlocked(blocked, first.start)) continue;
      let key = "";
      for (let n = 1; n <= Math.min(longest, tokens.length - i); n++) {
        const lastTok = tokens[i + n - 1] as Token;
        if (n > 1 && !JOINER.test(text.slice((tokens[i + n - 2] as Token).end, lastTok.start))) break;
        if (isBlocked(blocked, lastTok.start)) break;
        key += folded[i + n - 1] ?? "";
        const raw = text.slice(first.start, lastTok.end);
        const term = termOf(raw, key, n === 1);
        if (term === undefined || insideIdentifier(text, first.start, lastTok.end)) continue;
        const led = n > 1 && WORLD_NAMES.has(first.text.toLowerCase());
        // A run that cuts a hyphenated word ("config cluster" out of `proxy-config cluster`) loses a tie to
        // the run that keeps it whole.
        const cuts = glued(i) || glued(i + n);
        spans[i]?.push({ last: i + n - 1, term, score: (n - (led ? 0.5 : 0)) ** 2 - (cuts ? 0.5 : 0) });
      }
    }
    const best = new Float64Array(tokens.length + 1);
    const choice: (Span | null)[] = new Array(tokens.length).fill(null);
    for (let i = tokens.length - 1; i >= 0; i--) {
      best[i] = best[i + 1] ?? 0;
      for (const span of spans[i] ?? []) {
        const total = span.score + (best[span.last + 1] ?? 0);
        if (total > (best[i] ?? 0)) {
          best[i] = total;
          choice[i] = span;
        }
      }
    }
    const mentions: Mention[] = [];
    for (let i = 0; i < tokens.length; ) {
      const span = choice[i];
      if (!span) {
        i++;
        continue;
      }
      const first = tokens[i] as Token;
      const lastTok = tokens[span.last] as Token;
      mentions.push({
        start: first.start,
        end: lastTok.end,
        surface: text.slice(first.start, lastTok.end),
        term: span.term,
      });
      i = span.last + 1;
    }
    // A blocked token that is itself a name as a whole (`istio.io/rev`, `gateway.networking.k8s.io`) is one.
    for (const [a, b] of blocked) {
      const full = text.slice(a, b).replace(/[:,;)"'\]]+$/, "");
      // Else the domain alone (`gateway.networking.k8s.io` of `gateway.networking.k8s.io/v1`).
      for (const whole of [full, full.split("/")[0] ?? ""]) {
        // A URI's scheme (`spiffe:` of a SPIFFE id) is the start of an identifier, not a name of its own.
        if (whole.endsWith(":")) continue;
        const term = whole.length > 3 ? termOf(whole, foldName(whole), false) : undefined;
        if (term === undefined) continue;
        mentions.push({ start: a, end: a + whole.length, surface: whole, term });
        break;
      }
    }
    return mentions.sort((x, y) => x.start - y.start);
  };
}

/** A world's own name leading a longer name ("Kubernetes service") may instead qualify the compound after it. */
const WORLD_NAMES = new Set(["kubernetes", "k8s", "istio", "envoy"]);

/**
 * Whether [start, end) is part of a longer identifier: glued by `_` or `.` to more letters or digits, by `-`
 * to a part with a digit (`ztunnel-7x2kq`, `kind-cluster-1`), or one of three or more hyphenated words. A hyphen
 * between two plain words is prose ("label-selected", "mesh-wide").
 */
function insideIdentifier(text: string, start: number, end: number): boolean {
  // The part beside a joiner is read only when there is one: most mentions stand between spaces.
  const glued = (joiner: string | undefined, part: () => string) => {
    if (joiner !== "_" && joiner !== "." && joiner !== "-") return false;
    const p = part();
    return p !== "" && (joiner !== "-" || /\p{N}/u.test(p));
  };
  if (
    glued(text[start - 1], () => /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, start - 40), start - 1))?.[0] ?? "") ||
    glued(text[end], () => /^[\p{L}\p{N}]+/u.exec(text.slice(end + 1, end + 41))?.[0] ?? "") ||
    // A scope path of Rust or C++ (`xds::client`, `envoy::config`): a module's name, not the thing.
    text.startsWith("::", start - 2) ||
    text.startsWith("::", end)
  )
    return true;
  if (text[start - 1] !== "-" && text[end] !== "-") return false;
  // Three or more words joined by hyphens name one thing (`istio-revision-tag-default`, `istio-sidecar-injector`):
  // a resource's name, not prose, which hyphenates two ("mesh-wide", "east-west") or joins them with a little
  // word ("pod-to-pod", "out-of-mesh").
  const before = /(?:[\p{L}\p{N}]+-)+$/u.exec(text.slice(Math.max(0, start - 80), start))?.[0] ?? "";
  const after = /^(?:-[\p{L}\p{N}]+)+/u.exec(text.slice(end, end + 80))?.[0] ?? "";
  const parts = `${before}${text.slice(start, end)}${after}`.toLowerCase().split("-");
  return parts.length >= 3 && !parts.some((part) => JOINING_WORDS.has(part));
}

/** Little words that make a hyphenated run prose ("service-to-service", "out-of-the-box"). */
const JOINING_WORDS = new Set(["to", "of", "and", "or", "in", "on", "by", "per", "the", "a", "as", "at", "for"]);

/** A file path written from the root, or ending in a file's extension (and maybe a line number). */
const FILE_PATH =
  /(?<![\p{L}\p{N}_.:/-])(?:\/(?:[\p{L}\p{N}_.-]+\/){2,}[\p{L}\p{N}_.-]*|(?:[\p{L}\p{N}_.-]+\/){2,}[\p{L}\p{N}_-]+\.[\p{L}\p{N}]+(?::\d+)?)/gu;

/**
 * Places no term is looked for: URLs, and dotted names such as reviews.default.svc.cluster.local or
 * gateway.networking.k8s.io, whose words belong to the name, not to the prose.
 */
function blockedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  // Pasted structures (SPIFFE ids, Envoy cluster names, FQDNs) are read as wholes, their parts from their place
  // in the structure: the `ns` of `cluster.local/ns/shop/sa/web` is no mention of a namespace.
  const structural = findStructures(text)
    .filter((st) => !LINE_STRUCTURES.has(st.kind))
    .map((st): [number, number] => [st.start, st.end])
    .sort((a, b) => a[0] - b[0]);
  let nextStructure = 0;
  // Scanned chunk by chunk (runs without white space), so a long pasted string costs linear time.
  for (const m of text.matchAll(/\S+/g)) {
    const chunk = m[0];
    const at = m.index ?? 0;
    if (chunk.length < 4) continue;
    const parts: [number, number][] = [];
    const url = /(?:https?|ftp):\/\//i.exec(chunk);
    if (url) parts.push([url.index, chunk.length]);
    // Markdown link targets: "[text](/glossary/cluster/)" names no term in its target.
    const target = chunk.indexOf("](");
    if (target >= 0) parts.push([target, chunk.length]);
    // Dotted names (reviews.default.svc.cluster.local, gateway.networking.k8s.io, 10.0.0.1): their words
    // belong to the name. Only chunks with two dots are searched, and long ones are blocked whole.
    if (chunk.indexOf(".") !== chunk.lastIndexOf(".")) {
      if (chunk.length > 300) parts.push([0, chunk.length]);
      else {
        // A key's name after the domain stays with it (`sidecar.istio.io/inject`): the whole may be a name.
        for (const d of chunk.matchAll(
          /(?<![\p{L}\p{N}-])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+){2,}(?:\/[\p{L}\p{N}_-]+(?![\p{L}\p{N}_./-]))?/gu,
        )) {
          parts.push([d.index ?? 0, (d.index ?? 0) + d[0].length]);
        }
      }
    }
    // File paths (`external/envoy/source/common/config/grpc_mux_impl.cc:128`, `/var/run/ztunnel/ztunnel.sock`):
    // a place on disk, not prose, whatever words its directories have. Written from the root, or ending in a
    // file's extension: "VirtualService/DestinationRule/ServiceEntry" in a sentence is a list of kinds.
    // Only chunks with two slashes are searched.
    if (chunk.indexOf("/") !== chunk.lastIndexOf("/"))
      for (const d of chunk.matchAll(FILE_PATH)) parts.push([d.index ?? 0, (d.index ?? 0) + d[0].length]);
    // Both lists run in text order, so one pointer walks the structures once (linear on long pastes).
    while ((structural[nextStructure]?.[1] ?? Number.POSITIVE_INFINITY) <= at) nextStructure++;
    for (let k = nextStructure; k < structural.length; k++) {
      const [a, b] = structural[k] as [number, number];
      if (a >= at + chunk.length) break;
      parts.push([Math.max(0, a - at), b - at]);
    }
    parts.sort((a, b) => a[0] - b[0]);
    for (const [a, b] of parts) {
      const last = ranges[ranges.length - 1];
      if (last && at + a <= last[1]) last[1] = Math.max(last[1], at + b);
      else ranges.push([at + a, at + b]);
    }
  }
  return ranges;
}

/** Whether a position falls in a blocked range; ranges come sorted by start and disjoint from the scan above. */
function isBlocked(ranges: [number, number][], at: number): boolean {
  // The first range that ends after `at` is the only one that can hold it.
  const range = ranges[lowerBound<[number, number]>(ranges, [at, at + 1], (r, t) => r[1] < t[1])];
  return range !== undefined && range[0] <= at;
}
