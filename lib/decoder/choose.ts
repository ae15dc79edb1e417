import { CONTEXT_LABEL } from "../context-labels";
import { CONTEXT_NAMES, type Context, groupContext, WORLDS } from "../contexts";
import { lowerBoundNumber } from "../text/bisect";
import { isCueWord, spacedCamel, WORD_RUN, cueWords as words } from "../text/normalize";
import { longestLiteral, PLACEHOLDER, pattern } from "../text/phrases";
import { CRD_NAME, findStructures, STRUCTURE_CONTEXT } from "../text/structures";
import { codeIn, type DecoderData, type DecoderSense, type DecoderTerm } from "./data";
import { type Mention, singular } from "./matcher";
import { findFieldCells, findHeaderCells, type HeaderCell } from "./output-tables";
import { DEFAULT_DECODER_WEIGHTS, type DecoderWeights } from "./weights";
import {
  type CommandBlock,
  findCommandBlocks,
  findManifests,
  kindReference,
  type ManifestDoc,
  yamlChildKeys,
  yamlKeyPath,
} from "./yaml-docs";

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
  /** Confidence below `DecoderWeights.unsureBelow`: show the two likeliest senses, not one. */
  unsure: boolean;
};

/** `homes`: the contexts whose words and pull count for the sense: its own and those of its roles. */
type Scored = { sense: DecoderSense; order: number; score: number; why: string[]; homes: Context[] };

type Spans = { starts: number[]; ends: number[] };

/** A cue read once: lower-cased, the field path it describes, whether it is a shape with placeholders. */
type CueInfo = { cue: string; lower: string; path: string | null; shape: boolean };

const cueInfos = new WeakMap<DecoderSense, { all: CueInfo[]; shapes: string[] }>();

/** A sense's cues as read once per data set, not once per mention. */
function cuesOfSense(sense: DecoderSense): { all: CueInfo[]; shapes: string[] } {
  let info = cueInfos.get(sense);
  if (!info) {
    const all = sense.cues.map((cue) => {
      const lower = cue.toLowerCase().trim();
      return { cue, lower, path: pathOfCue(cue), shape: PLACEHOLDER.test(lower) };
    });
    info = { all, shapes: all.filter((c) => c.shape).map((c) => c.lower) };
    cueInfos.set(sense, info);
  }
  return info;
}

/** A sense's cues written with placeholders, lower-cased: shapes to match, not phrases. */
function shapeCues(sense: DecoderSense): string[] {
  return cuesOfSense(sense).shapes;
}

/** Whether some span overlaps one of `within` (ranges, in any order). */
function spanCrosses(sp: Spans, within: readonly { start: number; end: number }[]): boolean {
  if (within.length === 0) return false;
  const from = Math.min(...within.map((r) => r.start));
  const to = Math.max(...within.map((r) => r.end));
  for (let i = lowerBoundNumber(sp.ends, from + 1); i < sp.starts.length && (sp.starts[i] ?? to) < to; i++) {
    const a = sp.starts[i] ?? 0;
    const b = sp.ends[i] ?? 0;
    if (within.some((st) => a < st.end && b > st.start)) return true;
  }
  return false;
}

/**
 * What the chooser reads of one text, computed once and shared by all its mentions: the text in lower case,
 * its manifests, the words of the whole passage, and (lazily) where each cue occurs.
 */
type Passage = {
  text: string;
  lower: string;
  manifests: ManifestDoc[];
  /**
   * Whether the passage shows an API kind (`group/Kind`) in its own group: as a manifest's `kind:` or by its
   * resource's full name (`kubectl get gateways.gateway.networking.k8s.io`).
   */
  declares(kind: string): boolean;
  commands: CommandBlock[];
  /** Header cells of pasted command output whose column means one sense (`CLUSTER` of proxy-status). */
  headers: HeaderCell[];
  /** Pasted structures and the world each belongs to (an Envoy cluster name is Envoy's). */
  structures: { start: number; end: number; context: Context }[];
  /** The structures that reach into [from, to]. */
  structuresIn(from: number, to: number): Passage["structures"];
  everywhere: Set<string>;
  wordsAt(a: number, b: number): Set<string>;
  positionsOf(cue: string): number[];
  /**
   * As `positionsOf`, but a key cue (`endpoints:`) only where a value follows after a space or on the next line,
   * as in YAML: `endpoints:52` in a log line is a log field of that name, not the manifest field the cue describes.
   */
  keyPositionsOf(cue: string): number[];
  /**
   * Where a cue written with placeholders (`/ns/<namespace>/sa/<service-account>`) matches: starts and ends,
   * both ascending (matches do not overlap).
   */
  spansOf(cue: string): Spans;
};

function readPassage(text: string, w: DecoderWeights): Passage {
  const lower = text.toLowerCase();
  const manifests = findManifests(text);
  // Kinds shown, lower-cased `group/kind`; a full resource name gives its plural, read as the kind it names.
  const declared = new Set(manifests.map((d) => `${d.group}/${d.kind}`.toLowerCase()));
  for (const [, plural = "", group = ""] of lower.matchAll(CRD_NAME)) declared.add(`${group}/${singular(plural)}`);
  // The text's word runs, found once: a window's words are the runs inside it, and the pieces of the runs it
  // cuts at either edge read as the window alone would read them.
  const runs = [...lower.matchAll(WORD_RUN)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const ends = runs.map((r) => r.end);
  // Each run's word once, or null when it is no cue word: windows around thousands of mentions overlap.
  const cueWordOf = runs.map((r) => {
    const word = lower.slice(r.start, r.end);
    return isCueWord(word) ? word : null;
  });
  const wordsAt = (a: number, b: number) => {
    const from = Math.max(0, a);
    const to = Math.min(text.length, b);
    const out = new Set<string>();
    for (let i = lowerBoundNumber(ends, from + 1); i < runs.length; i++) {
      const r = runs[i] as { start: number; end: number };
      if (r.start >= to) break;
      if (r.start >= from && r.end <= to) {
        const word = cueWordOf[i];
        if (word) out.add(word);
      } else for (const word of words(lower.slice(Math.max(from, r.start), Math.min(to, r.end)))) out.add(word);
    }
    return out;
  };
  const occurrences = new Map<string, number[]>();
  const keyOccurrences = new Map<string, number[]>();
  // Where each three-letter run of the text starts, made on first use: a cue's occurrences are then found by
  // checking the starts of its first three letters, not by scanning the whole text once per cue.
  let starts: Map<string, number[]> | undefined;
  const startsOf = (head: string): readonly number[] => {
    if (!starts) {
      starts = new Map();
      for (let i = 0; i + 3 <= lower.length; i++) {
        const k = lower.slice(i, i + 3);
        const list = starts.get(k);
        if (list) list.push(i);
        else starts.set(k, [i]);
      }
    }
    return starts.get(head) ?? [];
  };
  const spans = new Map<string, Spans>();
  // A structure inside another (the FQDN inside an Envoy cluster name) is part of what was pasted, not a
  // structure of its own world beside it.
  // Sorted by start, longest first (findStructures' order), so each container comes before what it holds.
  const found = findStructures(text);
  let outer: { start: number; end: number } | undefined;
  const structures = found
    .filter((st) => {
      const inside = outer !== undefined && outer.end >= st.end && (outer.start < st.start || outer.end > st.end);
      if (!outer || st.end > outer.end) outer = st;
      return !inside;
    })
    .map((st) => ({ start: st.start, end: st.end, context: STRUCTURE_CONTEXT[st.kind] }));
  const structureStarts = structures.map((st) => st.start);
  // The furthest end among each structure and those before it: a backward walk stops where none reaches further.
  const reach: number[] = [];
  for (const [i, st] of structures.entries()) reach.push(Math.max(st.end, reach[i - 1] ?? 0));
  return {
    structures,
    structuresIn(from, to) {
      const out: Passage["structures"] = [];
      for (let i = lowerBoundNumber(structureStarts, to + 1) - 1; i >= 0 && (reach[i] ?? 0) >= from; i--) {
        const st = structures[i];
        if (st && st.end >= from) out.push(st);
      }
      return out;
    },
    text,
    lower,
    spansOf(cue) {
      let found = spans.get(cue);
      if (!found) {
        found = { starts: [], ends: [] };
        // A text without the cue's longest literal piece cannot match it: not scanned with the pattern.
        const matches = lower.includes(longestLiteral(cue)) ? lower.matchAll(pattern(cue)) : [];
        for (const match of matches) {
          if (found.starts.length >= w.maxCueOccurrences) break;
          const at = match.index ?? 0;
          found.starts.push(at);
          found.ends.push(at + match[0].length);
        }
        spans.set(cue, found);
      }
      return found;
    },
    manifests,
    declares: (kind) => declared.has(kind.toLowerCase()),
    commands: findCommandBlocks(text),
    headers: [...findHeaderCells(text), ...findFieldCells(text)],
    everywhere: wordsAt(0, text.length),
    wordsAt,
    positionsOf(cue) {
      let list = occurrences.get(cue);
      if (!list) {
        list = [];
        if (cue.length >= 3) {
          for (const at of startsOf(cue.slice(0, 3))) {
            if (list.length >= w.maxCueOccurrences) break;
            if (lower.startsWith(cue, at)) list.push(at);
          }
        } else {
          for (
            let at = lower.indexOf(cue);
            at >= 0 && list.length < w.maxCueOccurrences;
            at = lower.indexOf(cue, at + 1)
          )
            list.push(at);
        }
        occurrences.set(cue, list);
      }
      return list;
    },
    keyPositionsOf(cue) {
      if (!cue.endsWith(":")) return this.positionsOf(cue);
      let list = keyOccurrences.get(cue);
      if (!list) {
        list = this.positionsOf(cue).filter((at) => {
          const next = lower[at + cue.length];
          return next === undefined || /\s/.test(next);
        });
        keyOccurrences.set(cue, list);
      }
      return list;
    },
  };
}

/**
 * A term's own name words, each sense's cue words beyond them, and how many of its senses share each cue word
 * (shared words tell nothing apart); computed once per data set.
 */
type TermCues = {
  own: Set<string>;
  /**
   * Whether a word is the term's own rather than one sense's: a word of its name, singular or plural, hyphenated
   * ("multi-cluster"), in another form ("circuit breaker", "load balancing"), or a name of the term that is a
   * plain lower-case word ("mirror", "throttling"), even when one sense's label happens to use it.
   */
  ownWord: (word: string) => boolean;
  /**
   * Per sense, its cue words and what each weighs: the word's rarity among all cues over how many of this term's
   * senses share it (shared words tell nothing apart).
   */
  cueWords: { word: string; weight: number }[][];
  /** Per sense, each whole cue -> the longer cues of its sibling senses that hold it (`ingressClassName: istio`). */
  within: Map<string, string[]>[];
  /**
   * A word of one sense's label that no sibling's label holds, beyond the term's name and the worlds' names ->
   * that sense's index: written right after or before the mention ("the Envoy project", "an upstream cluster"),
   * it names the sense as the label does.
   */
  labelWord: Map<string, number>;
};

/**
 * Chooses a sense for each mention from cues near it, the manifest it sits in and the rest of the passage.
 * Each mention is scored on its own first; the passage's coherence (the contexts the other mentions read as)
 * is then added on top, and the scores become confidences.
 */
export function chooseSenses(
  text: string,
  mentions: Mention[],
  data: DecoderData,
  weights: DecoderWeights = DEFAULT_DECODER_WEIGHTS,
): Annotation[] {
  const passage = readPassage(text, weights);
  const knowledge = glossaryKnowledge(data);
  const firstPass = mentions.map((m, i) => {
    const before = ownerOf(m, mentions[i - 1], text);
    const owner = before && { mention: before, worlds: new Set(data.terms[before.term]?.senses.map((s) => s.context)) };
    return scoreMention(m, passage, data, knowledge, weights, owner);
  });
  // An owner whose term lives in several worlds owns the mention in the world it was read in: "the endpoints of
  // the Envoy cluster", "the Envoy cluster's endpoints" (a cluster may be Kubernetes', Istio's or Envoy's).
  mentions.forEach((m, i) => {
    const term = data.terms[m.term];
    const before = ownerOf(m, mentions[i - 1], text);
    // A possessive whose term's worlds alone decided was read so in the first pass.
    let at = -1;
    if (before) {
      if (ownedSenses(term, new Set(data.terms[before.term]?.senses.map((s) => s.context))).length !== 1) at = i - 1;
    } else if (ownedAfter(m, mentions[i + 1], text)) at = i + 1;
    const owner = mentions[at];
    const read = firstPass[at]?.[0]?.sense.context;
    if (!owner || owner.term === m.term || !read || !WORLDS.has(read)) return;
    if (ownedSenses(term, new Set([read])).length !== 1) return;
    firstPass[i] = scoreMention(m, passage, data, knowledge, weights, { mention: owner, worlds: new Set([read]) });
  });
  const chosenContexts = firstPass.map((s) => s[0]?.sense.context);
  const contextCounts = new Map<Context, number>();
  for (const c of chosenContexts) if (c) contextCounts.set(c, (contextCounts.get(c) ?? 0) + 1);
  return mentions.map((m, i) => {
    // How many other mentions first read as each context (counted once, not per mention).
    const others = (c: Context) => (contextCounts.get(c) ?? 0) - (chosenContexts[i] === c ? 1 : 0);
    return annotate(m, withCoherence(firstPass[i] ?? [], others, weights), data, weights);
  });
}

function annotate(m: Mention, ranked: Scored[], data: DecoderData, w: DecoderWeights): Annotation {
  const conf = softmax(ranked.map((r) => r.score / w.temperature));
  const best = ranked[0] as Scored;
  return {
    start: m.start,
    end: m.end,
    surface: m.surface,
    term: data.terms[m.term]?.slug ?? "",
    sense: best.sense.id,
    context: best.sense.context,
    confidence: round(conf[0] ?? 1),
    alternatives: ranked
      .slice(1)
      .map((r, k) => ({ sense: r.sense.id, context: r.sense.context, confidence: round(conf[k + 1] ?? 0) })),
    reason: best.why.length > 0 ? best.why.join("; ") : "no cue nearby: the sense most pages mean",
    unsure: ranked.length > 1 && (conf[0] ?? 1) < w.unsureBelow,
  };
}

/** Every sense of the mention's term, scored on the evidence around this one mention, best first. */
function scoreMention(
  m: Mention,
  p: Passage,
  data: DecoderData,
  knowledge: Knowledge,
  w: DecoderWeights,
  owner: Owner | undefined,
): Scored[] {
  const term = data.terms[m.term];
  if (!term) return [];
  // The senses of the mention in the worlds of the term that owns it ("the gateway's Envoy"), another term's.
  const ownedBy = owner === undefined || owner.mention.term === m.term ? [] : ownedSenses(term, owner.worlds);
  const [sentenceStart, sentenceEnd] = sentenceAround(p.text, m.start, m.end, w.tightChars);
  const tight = p.wordsAt(Math.max(sentenceStart, m.start - w.tightChars), Math.min(sentenceEnd, m.end + w.tightChars));
  const near = p.wordsAt(m.start - w.nearChars, m.end + w.nearChars);
  const { own, ownWord, cueWords, within, labelWord } = knowledge.cuesOf(m.term);
  // A YAML comment is prose about the manifest, not one of its fields: the manifest's group and paths say nothing
  // of the words in it.
  const lineStart = p.text.lastIndexOf("\n", m.start - 1) + 1;
  const inComment = /(?:^|\s)#/.test(p.text.slice(Math.max(lineStart, m.start - 200), m.start));
  const manifest = inComment ? undefined : p.manifests.find((d) => m.start >= d.start && m.start < d.end);
  // The field it is, when it is a YAML key: `labels` under `metadata` is the Kubernetes field, whatever else
  // the manifest is about.
  const keyPath = manifest || /^\s*:/.test(p.text.slice(m.end, m.end + 3)) ? yamlKeyPath(p.text, m.start, m.end) : null;
  // The command it sits in, or whose output it is part of: `kubectl get endpoints` decides "endpoints".
  const command = p.commands.find((b) => m.start >= b.start && m.end <= b.end)?.command;
  // The column it heads in pasted command output, when that table's column means one sense.
  const cell = p.headers.find((c) => m.start >= c.start && m.end <= c.end);
  // The resource-type argument of a kubectl verb (`kubectl get endpoints`, `kubectl label namespace`) is an API kind.
  const resourceArg = kubectlResourceVerb(p.text, m.start);
  // A field key of `kubectl describe` output ("Labels:", "Ports:", "Service Account:"): a field of the Kubernetes
  // object described, whatever values follow it (an Istio port number, an istio.io label).
  const describeKey =
    command?.startsWith("kubectl describe") === true &&
    /^\s*$/.test(p.text.slice(lineStart, m.start)) &&
    p.text[m.end] === ":";
  // The namespace of an Istio policy that selects no workloads is the scope it applies to: the sense that
  // lists "no selector" among its cues.
  const wholeNamespace =
    manifest !== undefined &&
    keyPath?.toLowerCase() === "metadata.namespace" &&
    manifest.group.endsWith("istio.io") &&
    NAMESPACE_WIDE_KINDS.has(manifest.kind) &&
    !SELECTS_WORKLOADS.test(p.text.slice(manifest.start, manifest.end));
  // A URL path written right before the mention ("the /quitquitquit endpoint", "localhost:15000/config_dump
  // endpoint") is what it names, as a structure beside it is: the one sense whose cues write the most paths (a
  // sense citing one debug path as a topic, istiod's /debug/endpointShardz, is no path itself).
  // A host needs its port: `deploy/reviews` and `istio-system/gateway` are object names, not paths.
  const pathBefore = /(?:^|[\s(])[`'"]?((?:[\w.-]+:\d+)?(?:\/[\w.~-]+)+\/?)[`'"]?\s+$/u.exec(
    p.text.slice(Math.max(lineStart, m.start - 120), m.start),
  )?.[1];
  const pathCues = pathBefore ? term.senses.map((sense) => sense.cues.filter((c) => c.startsWith("/")).length) : [];
  const mostPaths = Math.max(0, ...pathCues);
  const pathSense =
    mostPaths > 0 && pathCues.filter((n) => n === mostPaths).length === 1 ? pathCues.indexOf(mostPaths) : -1;
  // A world's name written just before the mention qualifies it ("the Istio port", "a k8s service"), as if part
  // of the name: the senses of that world are the ones meant.
  const qualifier = worldBefore(p.text, m.start);
  // A word of one sense's label written right after the mention ("the Envoy project", "the Prometheus server"),
  // or right before it ("an upstream cluster", "a metric label").
  const after = wordAfter(p.text, m.end);
  const namedAfter = after === undefined ? undefined : labelWord.get(singularWord(after.toLowerCase()));
  const before = wordBefore(p.text, m.start);
  const namedBefore = before === undefined ? undefined : labelWord.get(singularWord(before.toLowerCase()));
  // Words the mention carries beyond the term's own name ("Kubernetes" in "Kubernetes control plane").
  const extra = words(m.surface)
    .filter((word) => !ownWord(word))
    .map(singularWord);

  // The world of the keys under the mention when every one is a domain's (`topology.istio.io/cluster` under
  // `labels:`): a map of Istio's keys is Istio's labels, whatever field holds it.
  const keysWorld = keyPath ? childKeysWorld(yamlChildKeys(p.text, m.start)) : null;
  const keysOwner = keysWorld ? term.senses.filter((s) => s.context === keysWorld) : [];

  // The deepest field path among the senses' cues that the mention's key path ends with.
  let deepestPath = 0;
  if (keyPath)
    for (const sense of term.senses)
      for (const { path } of cuesOfSense(sense).all) {
        if (path && pathMatches(keyPath.toLowerCase(), path)) deepestPath = Math.max(deepestPath, depth(path));
      }
  // A field the general sense describes (`spec.selector`, or a key that is its cue, `matchLabels`), in the spec of a
  // manifest whose API group a sense refining it names as its own cue (`security.istio.io`), is the refining
  // sense's: an Istio policy's selector is Istio's workload selector. `metadata` is every object's envelope, so
  // only `spec` counts.
  const surfaceLower = m.surface.toLowerCase();
  const fieldHeir =
    manifest && keyPath && /^spec\./i.test(keyPath)
      ? term.senses.findIndex(
          (sense) =>
            sense.refines !== undefined &&
            cuesOfSense(sense).all.some((cue) => cue.lower === manifest.group.toLowerCase()) &&
            cuesOfSense(term.senses[sense.refines] as DecoderSense).all.some(
              ({ path, lower }) =>
                (deepestPath > 0 && path && depth(path) === deepestPath && pathMatches(keyPath.toLowerCase(), path)) ||
                lower === surfaceLower,
            ),
        )
      : -1;
  const heirParent = term.senses[fieldHeir]?.refines;

  // A sense is at home in its roles' worlds too: in an Istio text a bare "namespace" is still the Kubernetes
  // namespace, and only a cue of its own (istio-system, rootNamespace) makes it the root namespace.
  const homesOf = (idx: number, sense: DecoderSense): Context[] => [
    ...new Set([sense.context, ...term.senses.filter((r) => r.refines === idx).map((r) => r.context)]),
  ];
  // The pasted structures in the mention's sentence, and the senses with a cue of their shape (a principal is
  // identity's workload sense, written `/ns/<namespace>/sa/<service-account>`): those senses own them.
  const sentenceStructures = p.structuresIn(sentenceStart, sentenceEnd);
  const owns = term.senses.map(
    (sense) =>
      sentenceStructures.length > 0 && shapeCues(sense).some((c) => spanCrosses(p.spansOf(c), sentenceStructures)),
  );
  const owned = owns.some(Boolean);
  // A structure written right beside the mention, nothing but a quote, colon or space between ("the cluster
  // outbound|9080||reviews..."), is what the mention names: evidence as near as the mention's own words.
  const beside = sentenceStructures.filter(
    (st) =>
      (st.start >= m.end && /^[\s`'":=]{1,3}$/.test(p.text.slice(m.end, st.start))) ||
      (st.end <= m.start && /^[\s`'":=]{1,3}$/.test(p.text.slice(st.end, m.start))),
  );
  let sentence: string | undefined;
  const sentenceLower = () => {
    sentence ??= p.lower.slice(sentenceStart, sentenceEnd);
    return sentence;
  };
  // The one sense whose API kind the passage shows, when the mention is written as that kind outside any manifest
  // ("the Gateway address", after `kubectl get gateways.gateway.networking.k8s.io`).
  const shown = manifest ? [] : term.senses.filter((s) => s.kinds.some((k) => p.declares(k)));
  const shownKind =
    shown.length === 1
      ? shown[0]?.kinds.find((k) => p.declares(k) && writtenAsKind(m.surface, k.split("/")[1] ?? ""))
      : undefined;
  const scored = term.senses.map((sense, idx): Scored => {
    const homes = homesOf(idx, sense);
    const why: string[] = [];
    let s = w.prior / (1 + idx);
    const hits: string[] = [];
    // Evidence of this sense's own near the mention (a whole cue, its field, its command, its label), beyond words.
    let direct = false;
    // A cue of this sense written around the mention and beyond it ("upstream request timeout" around "request
    // timeout"): the longer name the text uses is this sense's.
    let enclosing: string | undefined;
    for (const { word, weight } of cueWords[idx] ?? []) {
      if (tight.has(word)) {
        s += w.cueWord.tight * weight;
        hits.push(word);
      } else if (near.has(word)) {
        s += w.cueWord.near * weight;
        hits.push(word);
      } else if (p.everywhere.has(word)) s += w.cueWord.far * weight;
    }
    for (const { cue, lower: c, path: cuePath, shape } of cuesOfSense(sense).all) {
      if (c.length < w.minWholeCue) continue;
      const path = keyPath ? cuePath : null;
      if (keyPath && path && pathMatches(keyPath.toLowerCase(), path)) {
        // Only the most specific field description counts: `spec.listeners[].port` over any `port:`, and a
        // policy's scope over the plain field.
        if (depth(path) === deepestPath && !wholeNamespace && heirParent !== idx) {
          s += deepestPath === 1 ? w.fieldName : w.fieldPath;
          direct = true;
          why.push(`the field \`${keyPath}\``);
        }
        continue;
      }
      // A command's own words (kubectl get endpoints), not a bare tool name: `kubectl logs` shows another
      // program's words.
      if (c.includes(" ") && command?.includes(c)) {
        s += w.command;
        direct = true;
        why.push(`the command \`${command.length > 60 ? `${command.slice(0, 57)}...` : command}\``);
        continue;
      }
      // A cue written with placeholders is read as the shape it describes: a principal's `/ns/…/sa/…`.
      const shaped = shape ? p.spansOf(c) : null;
      const raw = shaped ? spanDistance(shaped, m) : cueDistance(p.keyPositionsOf(c), c.length, m);
      if (raw === null) continue;
      if (!shaped && raw < 0 && enclosing === undefined && PHRASE.test(c) && encloses(p.keyPositionsOf(c), c.length, m))
        enclosing = cue;
      // A sibling's longer cue written there explains that text better: `ingressClassName: istio` is the
      // Istio-served Ingress's, not the bare `ingressClassName` every Ingress has.
      const longer = within[idx]?.get(c);
      if (longer?.some((o) => (cueDistance(p.keyPositionsOf(o), o.length, m) ?? Number.POSITIVE_INFINITY) <= raw))
        continue;
      // Beyond the mention's own sentence a cue is only "near", however close.
      const inSentence =
        raw <= w.tightChars &&
        (shaped ? spanCrosses(shaped, [{ start: sentenceStart, end: sentenceEnd }]) : sentenceLower().includes(c));
      const d = inSentence ? raw : Math.max(raw, w.tightChars + 1);
      s +=
        d < 0
          ? w.wholeCue.around
          : d <= w.tightChars
            ? w.wholeCue.tight
            : d <= w.nearChars
              ? w.wholeCue.near
              : w.wholeCue.far;
      if (d <= w.nearChars) {
        hits.push(cue);
        direct = true;
      }
    }
    if (hits.length > 0)
      why.push(
        `cues nearby: ${[...new Set(hits)]
          .slice(0, 4)
          .map((h) => `\`${h}\``)
          .join(", ")}`,
      );
    if (enclosing !== undefined) {
      s += w.surfaceNamesSense;
      direct = true;
      why.push(`“${enclosing}” names this sense`);
    }
    s += contextWords(homes, near, own, data, w, why);
    // A structure of the sense's world written against the mention is what the mention names.
    if (!owned && beside.some((st) => st.context === sense.context)) {
      s += w.structureBeside;
      direct = true;
      why.push("a pasted structure of its world right beside it");
    }
    // A structure of the sense's world in the mention's sentence ("the cluster in outbound|9080||reviews..."); one
    // that has the shape of a sense's own cue counts for that sense alone.
    if (owned ? owns[idx] : sentenceStructures.some((st) => st.context === sense.context)) {
      s += w.structureNearby;
      why.push(
        owned
          ? "a pasted structure of this sense's shape in the same sentence"
          : `a pasted ${sense.context} structure in the same sentence`,
      );
    }
    if (extra.length > 0) {
      const labelWords = labelWordsOf(term, sense);
      if (extra.every((word) => labelWords.has(word))) {
        s += w.surfaceNamesSense;
        direct = true;
        const spelled = (text: string) =>
          words(text.replace(/\(.*?\)/g, ""))
            .map(singularWord)
            .join(" ");
        if (spelled(m.surface) === spelled(sense.label)) s += w.surfaceIsLabel;
        why.push(`“${m.surface}” names this sense`);
      }
    }
    // The world of the sense, or of the thing it is a role of ("Kubernetes namespace" may be a policy's scope).
    const worlds = [sense.context, sense.refines === undefined ? undefined : term.senses[sense.refines]?.context];
    if (qualifier && worlds.includes(qualifier.world) && extra.length === 0) {
      s += w.surfaceNamesSense;
      direct = true;
      why.push(`“${qualifier.word} ${m.surface}” names this sense's world`);
    }
    if (idx === pathSense) {
      s += w.structureBeside;
      direct = true;
      why.push(`the path \`${pathBefore}\` right before it`);
    }
    if (idx === fieldHeir) {
      s += deepestPath >= 2 ? w.fieldPath : w.fieldName;
      direct = true;
      why.push(`the field \`${keyPath}\` of a ${manifest?.group} ${manifest?.kind}`);
    }
    if (keysOwner.length === 1 && keysOwner[0] === sense) {
      s += w.childKeys;
      direct = true;
      why.push(`the keys under it are ${CONTEXT_LABEL[sense.context]}'s`);
    }
    if (ownedBy.length === 1 && ownedBy[0] === sense && extra.length === 0 && !qualifier) {
      s += w.possessor;
      direct = true;
      why.push(
        `“${p.text.slice(Math.min(owner?.mention.start ?? m.start, m.start), Math.max(owner?.mention.end ?? m.end, m.end))}”: its owner, the ${owner?.mention.surface}, is ${CONTEXT_LABEL[sense.context]}'s`,
      );
    }
    if (namedAfter === idx) {
      s += w.surfaceNamesSense;
      direct = true;
      why.push(`“${m.surface} ${after}” names this sense`);
    }
    if (namedBefore === idx) {
      s += w.surfaceNamesSense;
      direct = true;
      why.push(`“${before} ${m.surface}” names this sense`);
    }
    if (resourceArg && sense.kinds.length > 0) {
      s += w.kubectlResource;
      why.push(`the resource named by \`${resourceArg}\``);
    }
    if (wholeNamespace && cuesOfSense(sense).all.some((c) => c.lower === "no selector")) {
      s += w.fieldPath;
      direct = true;
      why.push(`a ${manifest?.kind} with no selector applies to its whole namespace`);
    }
    if (describeKey && sense.context === "kubernetes") {
      s += w.describeField;
      why.push(`the ${m.surface} field of \`${command}\` output`);
    }
    if (cell?.means === `${term.slug}#${sense.id}`) {
      s += w.outputColumn;
      why.push(`the ${cell.header} ${cell.field ? "field" : "column"} of \`${cell.command}\` output`);
    }
    // A role is written like the thing it is a role of ("the Namespace", "the namespace").
    // A name written as code stands alone: "in-mesh" is no gateway list's `mesh`, "port-forward" no `port` field.
    if (sense.literal && inCompound(p.text, m)) {
      s -= w.literalInCompound;
      why.push(`“${p.text.slice(Math.max(0, m.start - 3), m.end + 3).trim()}” joins it to another word`);
    }
    // A value written in lower case (the provider `prometheus`, the gateway name `mesh`) is not what a word names:
    // capitalised ("our Prometheus alert"), or, when the value is not the term's usual sense, after an article or
    // possessive ("in front of the mesh", "our mesh") and outside backticks.
    if (sense.literal) {
      const capitalised = /^\p{Lu}/u.test(m.surface) && codeIn(sense.short).includes(m.surface.toLowerCase());
      const determined =
        idx > 0 &&
        p.text[m.start - 1] !== "`" &&
        DETERMINER_BEFORE.test(p.text.slice(Math.max(0, m.start - 8), m.start));
      if (capitalised || determined) {
        s -= w.literalAsWord;
        why.push(`written as a word (“${p.text.slice(Math.max(0, m.start - 4), m.end).trim()}”), not as a value`);
      }
    }
    if (shownKind && sense === shown[0]) {
      s += w.declaredKind;
      direct = true;
      why.push(`the passage's ${shownKind.split("/")[1]} is the ${shownKind.split("/")[0]} one`);
    }
    const base = sense.refines === undefined ? sense : (term.senses[sense.refines] ?? sense);
    const kind = kindEvidence(p.text, m, sense, base.kinds, base.lowerCase === true, manifest, w, why);
    s += kind;
    if (sense.removed && !direct && kind <= 0) {
      s -= w.removedWithoutEvidence;
      why.push("Istio has removed it, and nothing near the mention is its own");
    }
    return { sense, order: idx, score: s, why, homes };
  });
  return scored.sort(byScore);
}

/**
 * The world whose domain every key names (`sidecar.istio.io/inject`, `app.kubernetes.io/name`), or null: a
 * plain key (`app`) is anyone's.
 */
function childKeysWorld(keys: readonly string[]): Context | null {
  const worlds = new Set(
    keys.map((key) => {
      const domain = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)\/[\w.-]+$/.exec(key)?.[1];
      if (!domain) return null;
      return domain === "kubernetes.io" || domain.endsWith(".kubernetes.io") ? "kubernetes" : groupContext(domain);
    }),
  );
  const [only] = worlds;
  return worlds.size === 1 && only ? only : null;
}

/** A term that owns a mention, and the worlds it may live in: its term's, or the one it was read in. */
type Owner = { mention: Mention; worlds: ReadonlySet<Context> };

/**
 * The senses of `term` in the owner's worlds. Only between worlds: when a sense of the term is a topic (tls-pki,
 * networking), no place a thing is owned in, none. An everyday sense (`general`: a web API's endpoint) is no
 * world's, so owning says it is not meant.
 */
function ownedSenses(term: DecoderTerm | undefined, worlds: ReadonlySet<Context>): DecoderSense[] {
  if (!term?.senses.every((s) => WORLDS.has(s.context) || s.context === "general")) return [];
  return term.senses.filter((s) => worlds.has(s.context));
}

/**
 * Whether the mention just after this one owns it, joined by "of" or "from" ("the endpoints of the cluster"); a
 * world's name may stand before the owner ("from the Envoy cluster").
 */
function ownedAfter(m: Mention, next: Mention | undefined, text: string): boolean {
  if (next === undefined) return false;
  const joint = /^ (?:of|from) (?:(?:the|a|an|its|their|this|that|each|every) )?(?:([\p{L}\d]+) )?$/iu.exec(
    text.slice(m.end, next.start),
  );
  return joint !== null && (joint[1] === undefined || QUALIFIERS.has(joint[1].toLowerCase()));
}

/** The mention just before this one when it owns it, written as a possessive right before it ("gateway's Envoy"). */
function ownerOf(m: Mention, previous: Mention | undefined, text: string): Mention | undefined {
  if (previous === undefined) return undefined;
  return /^(?:['’]s|s?['’]) $/.test(text.slice(previous.end, m.start)) ? previous : undefined;
}

/** The one-word names of the worlds (`CONTEXT_NAMES`: Kubernetes, k8s, Istio, Envoy...), lower-cased. */
const QUALIFIERS: ReadonlyMap<string, Context> = new Map(
  Object.entries(CONTEXT_NAMES).flatMap(([context, names]) =>
    names.filter((n) => !/[\s-]/.test(n)).map((n) => [n, context as Context] as const),
  ),
);

/**
 * The world named by the word just before `start`, a single space apart on the same line ("Istio port"), as prose
 * writes a world's name: capitalised, or with a digit (k8s). A lower-case `istio` is more often a name of its own
 * (the `istio` label, the class `istio`).
 */
function worldBefore(text: string, start: number): { word: string; world: Context } | undefined {
  // Possessive too: "Envoy's listener", "Kubernetes' Service".
  const word = /([A-Za-z0-9]+)(?:['’]s?)? $/.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  if (word === undefined || !/^[A-Z]|\d/.test(word)) return undefined;
  const world = QUALIFIERS.get(word.toLowerCase());
  return world === undefined ? undefined : { word, world };
}

/**
 * The word just after `end`, a single space apart on the same line, as written: "project" in "the Envoy project
 * fixes". Prose only: a word after a colon, slash or dot belongs to a field or a path.
 */
function wordAfter(text: string, end: number): string | undefined {
  return /^ ([A-Za-z]+)\b/.exec(text.slice(end, end + 32))?.[1];
}

/** The word just before `start`, as `wordAfter` reads the one after: "upstream" in "an upstream cluster". */
function wordBefore(text: string, start: number): string | undefined {
  return /(?:^|[\s(])([A-Za-z]+) $/.exec(text.slice(Math.max(0, start - 32), start))?.[1];
}

/** kubectl verbs whose next word names a resource type. */
const KUBECTL_RESOURCE =
  /\bkubectl(?:\s+(?:-n|--namespace|--context)[\s=]\S+|\s+-A|\s+--all-namespaces)*\s+(get|describe|delete|edit|label|annotate|patch|explain|scale|expose|(?:rollout|set)\s+[a-z-]+)\s+$/;

/** The kubectl command a mention is the resource-type argument of (`kubectl get`), if it is one. */
function kubectlResourceVerb(text: string, start: number): string | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const m = KUBECTL_RESOURCE.exec(text.slice(Math.max(lineStart, start - 120), start));
  return m ? `kubectl ${m[1]}` : null;
}

/** Words near the mention that mark one of the sense's home contexts (kubectl, istioctl, envoy...): the best. */
function contextWords(
  homes: Context[],
  near: Set<string>,
  own: Set<string>,
  data: DecoderData,
  w: DecoderWeights,
  why: string[],
): number {
  let best: { context: Context; signals: string[] } | null = null;
  for (const context of homes) {
    const signals = (data.contextWords[context] ?? []).filter((word) => near.has(word) && !own.has(word));
    if (signals.length > (best?.signals.length ?? 0)) best = { context, signals };
  }
  if (!best) return 0;
  why.push(`${best.context} words nearby: ${best.signals.slice(0, 3).join(", ")}`);
  return Math.min(w.contextWord.cap, w.contextWord.each * best.signals.length);
}

/**
 * The field path a cue writes (`spec.listeners[].port` -> `spec.listeners.port`, `matchLabels:` -> `matchlabels`),
 * or null when the cue is prose or a header (`Host:` is an HTTP header: fields start in lower case).
 */
function pathOfCue(cue: string): string | null {
  const c = cue.trim().replace(/\[\]/g, "");
  if (!/^[a-z][\w.]*:?$/.test(c) || !(c.includes(".") || c.endsWith(":"))) return null;
  return c.replace(/:$/, "").toLowerCase();
}

const depth = (path: string) => path.split(".").length;

/** Whether a key path ends with a cue's path (`spec.selector.matchlabels` and `matchlabels`). */
function pathMatches(path: string, cuePath: string): boolean {
  return path === cuePath || path.endsWith(`.${cuePath}`);
}

/** A word without an ending that makes a noun a verb or agent of it: "balancing", "balancer" -> "balanc". */
function wordRoot(word: string): string {
  return word.replace(/(?:ing|ers|er|ed|s)$/, "");
}

/** Whether a mention is written as the API kind, capitalised as the kind is, singular or plural ("Gateways"). */
function writtenAsKind(surface: string, kind: string): boolean {
  return surface === kind || singular(surface) === kind;
}

/** A word with a plural `s` dropped, so "clusters" qualifies like "cluster". */
function singularWord(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Evidence that the mention is (or is not) an API object: the manifest around it, or how it is written. */
function kindEvidence(
  text: string,
  m: Mention,
  sense: DecoderSense,
  kinds: readonly string[],
  lowerCase: boolean,
  manifest: ManifestDoc | undefined,
  w: DecoderWeights,
  why: string[],
): number {
  if (manifest) return manifestScore(text, manifest, m, sense, w, why);
  if (kinds.length === 0) return 0;
  // A resource written by its full name (`kubectl get gateways.gateway.networking.k8s.io`) names its API group.
  const group = /^[a-z]+\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/.exec(m.surface)?.[1];
  if (group) {
    if (!kinds.some((k) => k.startsWith(`${group}/`))) return 0;
    why.push(`the resource's full name, in the ${group} API group`);
    return w.manifestKind;
  }
  if (isCapitalisedMidSentence(text, m)) {
    why.push(`written “${m.surface}”, as the API kind is`);
    return w.capitalisedKind;
  }
  // A kind people write in lower case ("the namespace") is no less meant for being written so.
  return m.surface === m.surface.toLowerCase() && !lowerCase ? -w.lowercaseKind : 0;
}

function manifestScore(
  text: string,
  doc: ManifestDoc,
  m: Mention,
  sense: DecoderSense,
  w: DecoderWeights,
  why: string[],
): number {
  const kind = `${doc.group}/${doc.kind}`;
  if (m.start === doc.kindStart && m.end === doc.kindEnd) {
    if (sense.kinds.includes(kind)) {
      why.push(`manifest kind ${doc.kind} in ${doc.group === "core" ? "the core API (v1)" : doc.group}`);
      return w.manifestKind;
    }
    return 0;
  }
  // A reference to another object by kind (`parentRefs: - kind: Gateway`) names that kind in its group.
  const referred = kindReference(text, m.start, m.end, doc);
  if (referred) {
    if (!sense.kinds.includes(referred)) return 0;
    why.push(`a reference to a ${referred.replace("/", " ")}`);
    return w.manifestKind;
  }
  if (groupContext(doc.group) === sense.context) {
    why.push(`inside a ${doc.group} ${doc.kind} manifest`);
    return w.manifestGroup;
  }
  return 0;
}

/** An article or possessive just before a word: "the", "our", "a"... */
const DETERMINER_BEFORE = /\b(?:the|our|a|an|your|this|that|their|its|whole|entire) $/i;

/** Whether a hyphen joins the mention to a word before or after it ("in-mesh", "port-forward"). */
function inCompound(text: string, m: Mention): boolean {
  return (
    /\p{L}-$/u.test(text.slice(Math.max(0, m.start - 2), m.start)) || /^-\p{L}/u.test(text.slice(m.end, m.end + 2))
  );
}

/**
 * Istio kinds that, with no workload selector or target reference, apply to every workload of their namespace
 * (each kind's `selector`, `workloadSelector` or `targetRefs` field in istio/api says so).
 */
const NAMESPACE_WIDE_KINDS = new Set([
  "PeerAuthentication",
  "RequestAuthentication",
  "AuthorizationPolicy",
  "Telemetry",
  "Sidecar",
  "WasmPlugin",
  "ProxyConfig",
  "EnvoyFilter",
]);
const SELECTS_WORKLOADS = /^\s+(?:selector|workloadSelector|targetRef|targetRefs):/m;

/**
 * A cue that names a manifest's kind or API version (`kind: Sidecar`, `apiVersion: networking.istio.io/v1`) counts
 * only written whole: its words are in every manifest of the group.
 */
const MANIFEST_IDENTITY = /^\s*(?:kind|apiVersion):/i;

/** Best first; equal scores keep the order the entry gives its senses. */
function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.order - b.order;
}

/** A mention's own scores plus the pull of the other mentions in the passage read in the same context. */
function withCoherence(own: Scored[], others: (c: Context) => number, w: DecoderWeights): Scored[] {
  return own
    .map((r) => {
      // The home the other mentions pull toward most.
      const context = r.homes.reduce((a, b) => (others(b) > others(a) ? b : a));
      const same = others(context);
      if (same <= 0) return r;
      return {
        ...r,
        score: r.score + Math.min(w.coherence.cap, w.coherence.each * same),
        why: [...r.why, `${same} other term${same === 1 ? "" : "s"} in the passage read as ${context}`],
      };
    })
    .sort(byScore);
}

/** As `cueDistance`, for the spans a cue with placeholders matches: the ones on either side of the mention. */
function spanDistance(sp: Spans, m: Mention): number | null {
  let best: number | null = null;
  const lo = lowerBoundNumber(sp.starts, m.end) - 1;
  for (let i = Math.max(0, lo - 1); i <= lo + 1 && i < sp.starts.length; i++) {
    const at = sp.starts[i] ?? 0;
    const end = sp.ends[i] ?? 0;
    // A shape inside the mention's own words says nothing the surface does not.
    if (at >= m.start && end <= m.end && end - at < m.end - m.start) continue;
    const d = end <= m.start ? m.start - end : at >= m.end ? at - m.end : -1;
    if (best === null || d < best) best = d;
  }
  return best;
}

/** Where a cue stands relative to a mention: -1 around it, else the gap in characters; null when absent. */
function cueDistance(positions: number[], cueLength: number, m: Mention): number | null {
  if (positions.length === 0) return null;
  // The occurrence starting last before the mention's end, and the one after it, are the only candidates.
  const lo = Math.max(0, lowerBoundNumber(positions, m.end) - 1);
  let best: number | null = null;
  for (const at of [positions[lo], positions[lo + 1]]) {
    if (at === undefined) continue;
    const end = at + cueLength;
    // A cue that is only part of the mention's own words ("API gateway" in "Gateway API Gateway") says nothing
    // the surface does not: the surface is weighed as a whole (surfaceNamesSense).
    if (at >= m.start && end <= m.end && end - at < m.end - m.start) continue;
    const d = end <= m.start ? m.start - end : at >= m.end ? at - m.end : -1;
    if (best === null || d < best) best = d;
  }
  return best;
}

/** A cue that is a phrase of words (not `key: value`, `Host:` or a shape): a name a text may write. */
const PHRASE = /^[a-z0-9][\w.-]*(?: [\w.-]+)+$/;

const labelWordCache = new WeakMap<DecoderSense, Set<string>>();

/** The words a mention may add to its term's name and still name this sense, singular, read once per sense. */
function labelWordsOf(term: DecoderTerm, sense: DecoderSense): Set<string> {
  let set = labelWordCache.get(sense);
  if (!set) {
    // A label's camelCase field name holds words too: "DestinationRule trafficPolicy" names "Traffic Policy".
    // A role is the thing it refines too: "Ingress resource" names the Istio-served Ingress as well.
    const refined = sense.refines === undefined ? "" : (term.senses[sense.refines]?.label ?? "");
    const label = `${sense.label} ${refined}`;
    set = new Set(words(`${label} ${spacedCamel(label)} ${sense.context}`).map(singularWord));
    labelWordCache.set(sense, set);
  }
  return set;
}

/** Whether an occurrence of a cue covers the whole mention and more (the last one starting at or before it). */
function encloses(positions: number[], cueLength: number, m: Mention): boolean {
  if (cueLength <= m.end - m.start) return false;
  const at = positions[lowerBoundNumber(positions, m.start + 1) - 1];
  return at !== undefined && at + cueLength >= m.end;
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** What the chooser derives from the glossary once per data set: each term's cue words, weighed by rarity. */
type Knowledge = { cuesOf(term: number): TermCues };

const knowledgeCache = new WeakMap<DecoderData, Knowledge>();

function glossaryKnowledge(data: DecoderData): Knowledge {
  let k = knowledgeCache.get(data);
  if (!k) {
    const termCues = new Map<number, TermCues>();
    const rarity = cueRarity(data);
    k = {
      cuesOf(index) {
        let c = termCues.get(index);
        const term = data.terms[index];
        if (!c && term) {
          const own = new Set(words(`${term.term} ${term.slug}`));
          const wordSets = term.senses.map(
            (s) =>
              new Set(words(s.cues.filter((c) => !MANIFEST_IDENTITY.test(c)).join(" ")).filter((x) => !own.has(x))),
          );
          const shared = new Map<string, number>();
          for (const set of wordSets) for (const word of set) shared.set(word, (shared.get(word) ?? 0) + 1);
          const cueWords = wordSets.map((set) =>
            [...set].map((word) => ({ word, weight: (rarity.get(word) ?? 1) / (shared.get(word) ?? 1) })),
          );
          const lowers = term.senses.map((s) => cuesOfSense(s).all.map((x) => x.lower));
          const within = lowers.map((mine, i) => {
            const map = new Map<string, string[]>();
            for (const cue of mine) {
              const longer = lowers.flatMap((theirs, j) =>
                j === i ? [] : theirs.filter((o) => o.length > cue.length && o.includes(cue)),
              );
              if (longer.length > 0) map.set(cue, longer);
            }
            return map;
          });
          const plainNames = new Set(
            data.names.filter(([name, t]) => t === index && /^[a-z]+$/.test(name)).map(([name]) => name),
          );
          const ownRoots = new Set([...own].map(wordRoot));
          const ownWord = (word: string) =>
            own.has(word) ||
            own.has(singularWord(word)) ||
            own.has(word.replace(/-/g, "")) ||
            plainNames.has(word) ||
            ownRoots.has(wordRoot(word));
          const labelWords = term.senses.map(
            (s) =>
              new Set(
                words(s.label)
                  .filter((x) => !ownWord(x) && !QUALIFIERS.has(x))
                  .map(singularWord),
              ),
          );
          const labelWord = new Map<string, number>();
          labelWords.forEach((set, i) => {
            for (const word of set)
              if (labelWords.every((other, j) => j === i || !other.has(word))) labelWord.set(word, i);
          });
          c = { own, ownWord, cueWords, within, labelWord };
          termCues.set(index, c);
        }
        return (
          c ?? {
            own: new Set<string>(),
            ownWord: () => false,
            cueWords: [],
            within: [],
            labelWord: new Map(),
          }
        );
      },
    };
    knowledgeCache.set(data, k);
  }
  return k;
}

/**
 * How rare each cue word is across every sense of the glossary, from 0 to 1: "outbound" tells a lot,
 * "default" or "namespace" almost nothing, however often a cue list repeats them.
 */
function cueRarity(data: DecoderData): Map<string, number> {
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
  return map;
}

function isCapitalisedMidSentence(text: string, m: Mention): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(m.surface)) return false;
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  return before.length > 0 && !/(^|[.!?:]\s*|\n\s*|[-*]\s)$/.test(before);
}

/** The sentence (or line) a mention stands in: up to a full stop followed by a space, or a newline. */
function sentenceAround(text: string, start: number, end: number, reach: number): [number, number] {
  // Only the stretch a tight cue can reach matters, which keeps long one-line pastes linear.
  const floor = Math.max(0, start - reach - 1);
  const ceiling = Math.min(text.length, end + reach + 1);
  let a = start;
  while (a > floor && text[a - 1] !== "\n" && !(/[.!?]/.test(text[a - 2] ?? "") && /\s/.test(text[a - 1] ?? ""))) a--;
  let b = end;
  while (b < ceiling && text[b] !== "\n" && !(/[.!?]/.test(text[b] ?? "") && /\s|$/.test(text[b + 1] ?? ""))) b++;
  return [a, b];
}
