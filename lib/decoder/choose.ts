import type { Context } from "../contexts";
import { lowerBoundNumber } from "../text/bisect";
import { cueWords } from "../text/normalize";
import type { DecoderData, DecoderSense } from "./data";
import type { Mention } from "./matcher";
import { findManifests, groupContext, type ManifestDoc } from "./yaml-docs";

export type Alternative = { sense: string; context: Context; confidence: number };

export type Annotation = {
  start: number;
  end: number;
  surface: string;
  term: string;
  sense: string;
  context: Context;
  confidence: number;
  alternatives: Alternative[];
  reason: string;
};

const words = cueWords;

/** Words that say which world a passage is in, whatever the term. */
const CONTEXT_SIGNALS: Record<Context, string[]> = {
  kubernetes: words(
    "kubectl kubelet kube-apiserver apiserver k8s kubeconfig deployment pods daemonset statefulset configmap clusterip nodeport coredns kube-proxy",
  ),
  istio: words(
    "istioctl istiod virtualservice destinationrule peerauthentication authorizationpolicy serviceentry meshconfig",
  ),
  envoy: words("envoy proxy-config config_dump xds cds lds eds rds upstream downstream listener filter"),
  "gateway-api": words("httproute gatewayclass parentrefs backendrefs grpcroute referencegrant listeners"),
  networking: words("tcp udp ip dns sni l4 l7 firewall nat packet"),
  "tls-pki": words("certificate certificates cert x509 spiffe svid pem"),
  observability: words(
    "prometheus grafana kiali metric metrics trace tracing span jaeger zipkin opentelemetry scrape dashboard",
  ),
  general: words("docker image helm chart git oci"),
};

/** Cue words count by distance: right beside the mention, in its paragraph, or anywhere in the passage. */
const TIGHT = 80;
const WINDOW = 240;
const TIGHT_WEIGHT = 1;
const NEAR = 0.5;
const FAR = 0.2;
/** A whole cue around the mention itself ("istioctl proxy-config cluster" around "cluster") all but decides. */
const CUE_AROUND = 4;
/** Enough occurrences of one cue to place it; a pasted log repeating it thousands of times adds nothing. */
const MAX_OCCURRENCES = 2000;
const WHOLE_CUE = 1.2;
const KIND_EXACT = 12;
const MANIFEST_CONTEXT = 0.8;
/** An API kind written in lower case ("the sidecar") is rarely the kind itself. */
const LOWERCASE_KIND = 0.8;
const COHERENCE = 0.2;
const COHERENCE_CAP = 0.8;
/** A capitalised word mid-sentence names an API object ("the Service", "a Sidecar"), not the idea. */
const CAPITALISED_KIND = 1;
/** The mention's own extra words match the sense's label: "image tag", "Kubernetes control plane". */
const SURFACE_NAMES_SENSE = 3;

/** Where a cue stands relative to a mention: -1 around it, else the gap in characters; null when absent. */
function cueDistance(positions: number[], cueLength: number, m: Mention): number | null {
  if (positions.length === 0) return null;
  // The occurrence starting last before the mention's end, and the one after it, are the only candidates.
  const lo = Math.max(0, lowerBoundNumber(positions, m.end) - 1);
  let best: number | null = null;
  for (const at of [positions[lo], positions[lo + 1]]) {
    if (at === undefined) continue;
    const end = at + cueLength;
    const d = end <= m.start ? m.start - end : at >= m.end ? at - m.end : -1;
    if (best === null || d < best) best = d;
  }
  return best;
}

type Scored = { sense: DecoderSense; order: number; score: number; why: string[] };

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Chooses a sense for each mention from cues near it, the manifest it sits in and the rest of the passage. */
export function chooseSenses(text: string, mentions: Mention[], data: DecoderData): Annotation[] {
  const lower = text.toLowerCase();
  const rarity = cueRarity(data);
  const manifests = findManifests(text);
  const wordsAt = (a: number, b: number) => new Set(words(lower.slice(Math.max(0, a), Math.min(text.length, b))));
  const everywhere = wordsAt(0, text.length);

  // Per text: where each cue occurs; per term: its cue words. Both are reused across mentions.
  const occurrences = new Map<string, number[]>();
  const positionsOf = (cue: string) => {
    let list = occurrences.get(cue);
    if (!list) {
      list = [];
      for (let at = lower.indexOf(cue); at >= 0 && list.length < MAX_OCCURRENCES; at = lower.indexOf(cue, at + 1))
        list.push(at);
      occurrences.set(cue, list);
    }
    return list;
  };
  const termCues = new Map<number, { own: Set<string>; cueWords: Set<string>[] }>();
  const cuesOf = (index: number) => {
    let c = termCues.get(index);
    const term = data.terms[index];
    if (!c && term) {
      const own = new Set(words(`${term.term} ${term.slug}`));
      c = { own, cueWords: term.senses.map((s) => new Set(words(s.cues.join(" ")).filter((w) => !own.has(w)))) };
      termCues.set(index, c);
    }
    return c ?? { own: new Set<string>(), cueWords: [] };
  };

  // Each mention is scored once on its own; the passage's coherence is then added on top of those scores.
  const firstPass = mentions.map((m) => score(m));
  const chosenContexts = firstPass.map((s) => s[0]?.sense.context);
  const contextCounts = new Map<Context, number>();
  for (const c of chosenContexts) if (c) contextCounts.set(c, (contextCounts.get(c) ?? 0) + 1);

  return mentions.map((m, i) => {
    // How many other mentions first read as each context (counted once, not per mention).
    const others = (c: Context) => (contextCounts.get(c) ?? 0) - (chosenContexts[i] === c ? 1 : 0);
    const ranked = withCoherence(firstPass[i] ?? [], others);
    const conf = softmax(ranked.map((r) => r.score));
    const best = ranked[0] as Scored;
    const term = data.terms[m.term];
    return {
      start: m.start,
      end: m.end,
      surface: m.surface,
      term: term?.slug ?? "",
      sense: best.sense.id,
      context: best.sense.context,
      confidence: round(conf[0] ?? 1),
      alternatives: ranked
        .slice(1)
        .map((r, k) => ({ sense: r.sense.id, context: r.sense.context, confidence: round(conf[k + 1] ?? 0) })),
      reason: best.why.length > 0 ? best.why.join("; ") : "no cue nearby: the sense most pages mean",
    };
  });

  function score(m: Mention): Scored[] {
    const term = data.terms[m.term];
    if (!term) return [];
    const [sentenceStart, sentenceEnd] = sentenceAround(text, m.start, m.end);
    const tight = wordsAt(Math.max(sentenceStart, m.start - TIGHT), Math.min(sentenceEnd, m.end + TIGHT));
    const near = wordsAt(m.start - WINDOW, m.end + WINDOW);
    // How many of this term's senses share a cue word: shared words tell nothing apart.
    const { own, cueWords } = cuesOf(m.term);
    const shared = (w: string) => cueWords.filter((set) => set.has(w)).length;
    const manifest = manifests.find((d) => m.start >= d.start && m.start < d.end);
    // Words the mention carries beyond the term's own name ("Kubernetes" in "Kubernetes control plane").
    const extra = words(m.surface).filter((w) => !own.has(w));

    const scored = term.senses.map((sense, idx): Scored => {
      const why: string[] = [];
      let s = 0.6 / (1 + idx);
      const hits: string[] = [];
      for (const w of cueWords[idx] ?? []) {
        const weight = (rarity.get(w) ?? 1) / shared(w);
        if (tight.has(w)) {
          s += TIGHT_WEIGHT * weight;
          hits.push(w);
        } else if (near.has(w)) {
          s += NEAR * weight;
          hits.push(w);
        } else if (everywhere.has(w)) s += FAR * weight;
      }
      for (const cue of sense.cues) {
        const c = cue.toLowerCase().trim();
        if (c.length < 4) continue;
        const raw = cueDistance(positionsOf(c), c.length, m);
        if (raw === null) continue;
        // Beyond the mention's own sentence a cue is only "near", however close.
        const d = raw > TIGHT || !sameSentence(lower, c, sentenceStart, sentenceEnd) ? Math.max(raw, TIGHT + 1) : raw;
        s += d < 0 ? CUE_AROUND : d <= TIGHT ? WHOLE_CUE : d <= WINDOW ? WHOLE_CUE / 2 : WHOLE_CUE / 5;
        if (d <= WINDOW) hits.push(cue);
      }
      if (hits.length > 0)
        why.push(
          `cues nearby: ${[...new Set(hits)]
            .slice(0, 4)
            .map((h) => `\`${h}\``)
            .join(", ")}`,
        );
      // Words that mark the whole context (kubectl, istioctl, envoy...), near the mention.
      const signals = CONTEXT_SIGNALS[sense.context].filter((w) => near.has(w) && !own.has(w));
      if (signals.length > 0) {
        s += Math.min(1.5, 0.5 * signals.length);
        why.push(`${sense.context} words nearby: ${signals.slice(0, 3).join(", ")}`);
      }
      if (extra.length > 0) {
        const labelWords = new Set(words(`${sense.label} ${sense.context}`));
        if (extra.every((w) => labelWords.has(w))) {
          s += SURFACE_NAMES_SENSE;
          why.push(`“${m.surface}” names this sense`);
        }
      }
      if (manifest) s += manifestScore(manifest, m, sense, why);
      else if (sense.kinds.length > 0 && isCapitalisedMidSentence(text, m)) {
        s += CAPITALISED_KIND;
        why.push(`written “${m.surface}”, as the API kind is`);
      } else if (sense.kinds.length > 0 && m.surface === m.surface.toLowerCase()) s -= LOWERCASE_KIND;
      return { sense, order: idx, score: s, why };
    });
    return scored.sort(byScore);
  }
}

/** Best first; equal scores keep the order the entry gives its senses. */
function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.order - b.order;
}

/** A mention's own scores plus the pull of the other mentions in the passage read in the same context. */
function withCoherence(own: Scored[], others: (c: Context) => number): Scored[] {
  return own
    .map((r) => {
      const same = others(r.sense.context);
      if (same <= 0) return r;
      return {
        ...r,
        score: r.score + Math.min(COHERENCE_CAP, COHERENCE * same),
        why: [...r.why, `${same} other term${same === 1 ? "" : "s"} in the passage read as ${r.sense.context}`],
      };
    })
    .sort(byScore);
}

function manifestScore(doc: ManifestDoc, m: Mention, sense: DecoderSense, why: string[]): number {
  const kind = `${doc.group}/${doc.kind}`;
  if (m.start === doc.kindStart && m.end === doc.kindEnd) {
    if (sense.kinds.includes(kind)) {
      why.push(`manifest kind ${doc.kind} in ${doc.group === "core" ? "the core API (v1)" : doc.group}`);
      return KIND_EXACT;
    }
    return 0;
  }
  if (groupContext(doc.group) === sense.context) {
    why.push(`inside a ${doc.group} ${doc.kind} manifest`);
    return MANIFEST_CONTEXT;
  }
  return 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

let rarityCache: { data: DecoderData; map: Map<string, number> } | undefined;

/**
 * How rare each cue word is across every sense of the glossary, from 0 to 1: "outbound" tells a lot,
 * "default" or "namespace" almost nothing, however often a cue list repeats them.
 */
function cueRarity(data: DecoderData): Map<string, number> {
  if (rarityCache?.data === data) return rarityCache.map;
  const df = new Map<string, number>();
  let n = 0;
  for (const t of data.terms) {
    for (const s of t.senses) {
      n++;
      for (const w of new Set(words(s.cues.join(" ")))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const map = new Map<string, number>();
  for (const [w, d] of df) map.set(w, Math.log(n / d) / Math.log(n));
  rarityCache = { data, map };
  return map;
}

function isCapitalisedMidSentence(text: string, m: Mention): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(m.surface)) return false;
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  return before.length > 0 && !/(^|[.!?:]\s*|\n\s*|[-*]\s)$/.test(before);
}

/** The sentence (or line) a mention stands in: up to a full stop followed by a space, or a newline. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  // Only the stretch a tight cue can reach matters, which keeps long one-line pastes linear.
  const floor = Math.max(0, start - TIGHT - 1);
  const ceiling = Math.min(text.length, end + TIGHT + 1);
  let a = start;
  while (a > floor && text[a - 1] !== "\n" && !(/[.!?]/.test(text[a - 2] ?? "") && /\s/.test(text[a - 1] ?? ""))) a--;
  let b = end;
  while (b < ceiling && text[b] !== "\n" && !(/[.!?]/.test(text[b] ?? "") && /\s|$/.test(text[b + 1] ?? ""))) b++;
  return [a, b];
}

function sameSentence(lower: string, cue: string, a: number, b: number): boolean {
  return lower.slice(a, b).includes(cue);
}
