/**
 * Every knob of the sense chooser, with its meaning, range and default (the decoder's counterpart of the
 * search `RankingConfig`). `createDecoder(data, weights)` takes them; the bench and the rule tests pass
 * others. A sense's score is the sum of the evidence below; confidences are the softmax of the scores.
 */
export type DecoderWeights = {
  /** Prior of the sense the author put n-th (from 0): `prior / (1 + n)`. Range >= 0. Default 0.6. */
  prior: number;
  /** Characters either side of a mention, within its sentence, where cues count as right beside it. Default 80. */
  tightChars: number;
  /** Characters either side of a mention where cues count as nearby (about a paragraph). Default 240. */
  nearChars: number;
  /**
   * A cue word of a sense (weighted by how rare it is across the glossary, split among the senses sharing it)
   * found beside the mention, nearby, or anywhere in the passage. Range >= 0. Default 1 / 0.5 / 0.2.
   */
  cueWord: { tight: number; near: number; far: number };
  /**
   * A whole cue ("istioctl proxy-config cluster") around the mention itself, beside it, nearby or farther.
   * Around all but decides. Range >= 0. Default 4 / 1.2 / 0.6 / 0.24.
   */
  wholeCue: { around: number; tight: number; near: number; far: number };
  /** Cues shorter than this are only counted as words, never whole. Default 4 characters. */
  minWholeCue: number;
  /**
   * The mention is a YAML key whose path ends with a path the sense lists as a cue (`labels` under `metadata`,
   * cue `metadata.labels`): the field it is all but decides. Default 6.
   */
  fieldPath: number;
  /**
   * The same when the sense's cue is a key name alone (`port:`, not `spec.ports`): the name says less about whose
   * field it is than a path does (a VirtualService's `match.port` is no Service port). Default 3.
   */
  fieldName: number;
  /**
   * The mention is a YAML key whose map's keys all name one world's domain (`topology.istio.io/cluster` under
   * `labels:`, `sidecar.istio.io/inject` under `annotations:`): the sense of that world. As strong as a key name.
   * Default 3.
   */
  childKeys: number;
  /**
   * The mention sits in a command, or in the output under it, and the command holds one of the sense's cues
   * (`kubectl get endpoints`, `istioctl proxy-config cluster`). Default 5.
   */
  command: number;
  /**
   * The mention is the resource-type argument of a kubectl verb (`kubectl get endpoints`, `kubectl label
   * namespace`): a sense that is an API kind is what kubectl names there. Default 5.
   */
  kubectlResource: number;
  /**
   * A pasted structure of the sense's world in the mention's sentence: an Envoy cluster name makes the
   * "cluster" beside it Envoy's, a SPIFFE id makes the "trust domain" Istio's. Default 1.5.
   */
  structureNearby: number;
  /**
   * The structure is written right beside the mention, only a quote, colon or space between ("the cluster
   * outbound|9080||reviews..."): it is what the mention names, as near as the mention's own words, so a word
   * farther off ("primary cluster" in the next paragraph) does not outweigh it. Default 6.
   */
  structureBeside: number;
  /** Each word nearby that marks the sense's whole context (kubectl, istioctl, envoy...), up to `cap`. Default 0.5, cap 1.5. */
  contextWord: { each: number; cap: number };
  /**
   * The mention's own extra words name the sense ("image tag", "Kubernetes control plane", "Envoy clusters"):
   * the nearest evidence there is, so it outweighs the field, the command and everything farther. Default 8.
   */
  surfaceNamesSense: number;
  /**
   * Added when the mention is the sense's label word for word ("Gateway API Gateway"): other senses whose labels
   * share its extra words ("API gateway (general)") are only named in part. Default 4.
   */
  surfaceIsLabel: number;
  /**
   * The mention is owned by another term, written as a possessive just before it ("the gateway's Envoy", "the
   * sidecars' Envoy") or joined after it by "of" or "from" ("the endpoints of the Envoy cluster"); every sense of
   * the mention lives in a world (Kubernetes, Istio, Envoy, Gateway API) or is the everyday one, and only this one
   * in a world of the owner's senses, or, when those are several, in the world the owner was read in: the owner's
   * world is the mention's. Half a qualifier of the mention's own words (`surfaceNamesSense`). 0 turns it off.
   * Default 4.
   */
  possessor: number;
  /**
   * The mention heads a column of pasted command output whose meaning is known (`CLUSTER` above
   * `istioctl proxy-config endpoint` output is an Envoy cluster; see output-tables.ts). As near as the
   * mention's own words. Default 8.
   */
  outputColumn: number;
  /**
   * The mention is a field key of `kubectl describe` output ("Labels:", "Ports:") and the sense is the
   * Kubernetes one: kubectl prints the fields of the Kubernetes object, whatever Istio values follow. As near as
   * a column header. Default 8.
   */
  describeField: number;
  /** The mention is the `kind:` value of a manifest and the sense is exactly that API kind. Default 12. */
  manifestKind: number;
  /**
   * The mention is written as an API kind outside any manifest ("the Gateway address") and the passage shows the
   * kind of exactly one of the term's senses, in a manifest or by its resource's full name
   * (`gateways.gateway.networking.k8s.io`): the passage's object is meant. Default 2.
   */
  declaredKind: number;
  /** The mention sits inside a manifest of the sense's API group. Default 0.8. */
  manifestGroup: number;
  /**
   * A capitalised word mid-sentence names an API object ("the Service", "a Sidecar"), not the idea. How the
   * mention itself is written is nearer evidence than the passage's world words, so it outweighs their cap
   * (`contextWord.cap`). Default 2.
   */
  capitalisedKind: number;
  /**
   * Taken from a sense that is a name written as code (its definition writes it so: the gateway name `mesh`, the
   * `host` field) when the mention is joined to another word by a hyphen ("in-mesh", "port-forward"). Default 3.
   */
  literalInCompound: number;
  /**
   * Taken from a sense that is a value its definition writes as code in lower case (the provider `prometheus`,
   * the gateway name `mesh`) when the mention is written as a word: capitalised ("our Prometheus alert"), or,
   * for a value that is not the term's first sense, after an article or possessive ("our mesh"). Default 3.
   */
  literalAsWord: number;
  /**
   * Taken from a sense Istio has removed (Mixer's telemetry) when nothing near the mention is its own: none of its
   * whole cues, fields or commands, and not written as its label. Its cue words alone ("istio" of
   * `istio-telemetry`) are every Istio text's words. 0 turns it off.
   */
  removedWithoutEvidence: number;
  /** Taken from an API-kind sense when the mention is written in lower case ("the sidecar"). Default 0.8. */
  lowercaseKind: number;
  /** Each other mention in the passage first read in the sense's context, up to `cap`. Default 0.2, cap 0.8. */
  coherence: { each: number; cap: number };
  /**
   * Softmax temperature: scores are divided by it before they become confidences. Above 1 spreads the
   * confidence over the senses. Set on the tuning passages so that readings shown at 0.9 or more are right at
   * least 97 times in 100 (the bands below that are, if anything, under-confident). Default 1.2.
   */
  temperature: number;
  /** Below this confidence a reading is shown as "unsure" with its two likeliest senses. Range 0..1. Default 0.6. */
  unsureBelow: number;
  /** Occurrences of one cue counted per text: a log repeating it thousands of times adds nothing. Default 2000. */
  maxCueOccurrences: number;
};

export const DEFAULT_DECODER_WEIGHTS: DecoderWeights = {
  prior: 0.6,
  tightChars: 80,
  nearChars: 240,
  cueWord: { tight: 1, near: 0.5, far: 0.2 },
  wholeCue: { around: 4, tight: 1.2, near: 0.6, far: 0.24 },
  minWholeCue: 4,
  fieldPath: 6,
  fieldName: 3,
  childKeys: 3,
  command: 5,
  kubectlResource: 5,
  structureNearby: 1.5,
  structureBeside: 6,
  contextWord: { each: 0.5, cap: 1.5 },
  surfaceNamesSense: 8,
  surfaceIsLabel: 4,
  possessor: 4,
  outputColumn: 8,
  describeField: 8,
  manifestKind: 12,
  declaredKind: 2,
  manifestGroup: 0.8,
  capitalisedKind: 2,
  literalInCompound: 3,
  literalAsWord: 3,
  removedWithoutEvidence: 2,
  lowercaseKind: 0.8,
  coherence: { each: 0.2, cap: 0.8 },
  temperature: 1.2,
  unsureBelow: 0.6,
  maxCueOccurrences: 2000,
};
