import type { RecordKind } from "../kinds";
import type { Field } from "./types";

/** How much a query word found in each field counts for a record (relative: only ratios matter). */
export type FieldWeights = Readonly<Record<Field, number>>;

/**
 * Every knob of the ranking, with its meaning, range and default, in the manner of MiniSearch's
 * `SearchOptions` and `BM25Params`. The engine takes a config (`SearchEngine.fromData(data, config)`) and a
 * query may override it (`engine.search(q, { ranking })`); the bench and the rule tests pass their own.
 *
 * A score has two parts. The *tier* says how the record matched the whole query, strongest first: its own
 * name (`exactName`), one of its other names (`otherName`: an alias, a kind, a sense label), or its words
 * (everything else). Tiers never overlap, so no word score can lift an alias match above an exact name. Inside
 * a tier the *word score* orders results: for each query word, IDF times the weight of the best field holding
 * it (plus a share of the other fields), discounted by field length, then times the squared share of query
 * words the record holds.
 */
export type RankingConfig = {
  /**
   * Field weights per result kind; a kind without its own row uses `default`. A term's sense is mostly found
   * by its names; a docs page by its title, then its headings and keywords.
   * Range: >= 0 each. Default: see `DEFAULT_RANKING`.
   */
  fields: Readonly<Partial<Record<RecordKind, FieldWeights>>> & { readonly default: FieldWeights };
  /**
   * Length normalisation per field, as BM25's `b`: 0 ignores length, 1 divides fully by the field's length
   * relative to the average, so a word in a three-word title says more than in a twelve-word one.
   * Range: 0..1. Default: 0.5 for the name, 0.3 for the other shipped fields, 0 for the body.
   */
  lengthDiscount: Readonly<Record<Field, number>>;
  /** Share of the best field's weight that each further field holding the same word adds. Range 0..1. Default 0.25. */
  secondaryFieldShare: number;
  /**
   * Score of a record whose own name (term, slug, page title) is the whole query, minus the sense's position
   * in its entry so senses keep the author's order. The top tier. Default 1000.
   */
  exactName: number;
  /**
   * Score of a code or message the query writes as printed (an error page's code or spelling inside the query,
   * or a short code such as UF as the whole query): just above `exactName`, as a spelling matched letter for
   * letter is surer than a name matched after folding (`FaultInjected` is the FI flag before the Fault
   * injection entry). Default 1001.
   */
  codeName: number;
  /** Base score of a record one of whose other names (alias, kind, sense label) is the whole query. Default 900. */
  otherName: number;
  /**
   * Most word score an other-name match may add on top of `otherName`, so the tier stays below `exactName`
   * whatever the words say; the word score `w` adds `otherNameCap * w / (w + otherNameHalf)`, which keeps the
   * order of word scores inside the tier. Range 0..(exactName - otherName - labelBonus - the most senses an
   * entry has). Default 80.
   */
  otherNameCap: number;
  /** Word score at which an other-name match gets half of `otherNameCap`. Range > 0. Default 40. */
  otherNameHalf: number;
  /** Added inside the other-name tier when the query is exactly a sense's own label: that sense leads its siblings. Default 10. */
  labelBonus: number;
  /**
   * Share of the tier scores (`exactName`, `otherName`) that a kind gets; a kind without its own entry gets
   * `default`. Below 1, an exact page title ranks under a glossary alias, as a term is the better first answer
   * to a bare name. An error code typed alone sits just under the alias tier, so an abbreviation such as DR
   * (DestinationRule) leads the DR response flag; a code read out of a pasted log line counts in full.
   * Range 0..1. Default: term 1, error 0.89, others 0.5.
   */
  tierShare: Readonly<Partial<Record<RecordKind, number>>> & { readonly default: number };
  /**
   * Score of a reference fact (a field, enum value, annotation, label, flag, variable, metric) named by the
   * query, times the squared share of the query's identifiers it accounts for: just under a docs page whose
   * title is the query, above every other docs match. Identifiers are matched folded (`least_request` finds
   * `LEAST_REQUEST`), flags only with their dashes, and a plain word only when it is the whole query.
   * Default 495.
   */
  referenceName: number;
  /**
   * Share of `referenceName` for a field named only by one of its kind's names and its own name written apart,
   * in words ("virtualservice hosts", "destination rules tls"): a docs match among the others (the reference
   * page, at the field), not a name tier, as two words may only happen to sit together. 0 turns it off.
   * Range 0..1. Default 0.1.
   */
  referenceSpaced: number;
  /**
   * A flag its page lists under at least this many commands (`--revision`, which two dozen istioctl commands
   * take) names no one place: in a query that says more than the flag and names none of those commands, it
   * counts as a spaced match (`referenceSpaced`), a docs match among the others. 0 turns it off. Default 5.
   */
  sharedFlag: number;
  /**
   * Score of the glossary sense of the config kind a named fact belongs to (MeshConfig for `extensionProviders`),
   * relative to the fact's own score: just under it, so the page that defines the name comes first and the
   * kind's entry next. 0 turns the rule off. Range 0..1. Default 0.99.
   */
  referenceKind: number;
  /**
   * Score of the glossary sense a named field's own name is, when its cues speak of the field's kind (`hosts` of
   * VirtualService: the Istio host field), relative to the fact's score: just above the kind's sense
   * (`referenceKind`), as it is the more precise answer. 0 turns the rule off. Range 0..1. Default 0.995.
   */
  referenceField: number;
  /**
   * Most a docs page that writes a name the query gives exactly (a task setting `numTrustedProxies`) gains, times
   * the fact's share of the query's identifiers and the page's use weight (0..1: how often it writes the name,
   * discounted by how many pages do). 0 turns the rule off. Range >= 0. Default 60.
   */
  referenceUse: number;
  /**
   * Score of the page defining a name the query gives with a value (`ISTIO_META_DNS_CAPTURE=true`: a setting
   * being applied), relative to the best docs page that writes the name: just under it, as the how-to is the
   * answer and the definition the next. 0 turns the rule off. Range 0..1. Default 0.99.
   */
  referenceAssigned: number;
  /**
   * Share of `referenceName` for an annotation or label named only by its last part (`excludeInboundPorts` for
   * `traffic.sidecar.istio.io/excludeInboundPorts`): below a fact whose whole name it is (`LOG_LEVEL` the
   * variable before `sidecar.istio.io/logLevel`). Range 0..1. Default 0.9.
   */
  referenceLastPart: number;
  /**
   * Share of `referenceName` for a variable on a command page that lists it when another command's sources define
   * it (`PILOT_*` under install-cni and istioctl), so the page of its home comes first; likewise for a field of a
   * kind the query does not name when it names the kind of a same-named one ("Telemetry accessLogging"). Range
   * 0..1. Default 0.99.
   */
  referenceAway: number;
  /**
   * Share of `referenceName` for the glossary sense of the block a named field sits in (`connectionPool` for
   * `maxConnectionDuration`), just below the kind that holds it. Range 0..1. Default 0.98.
   */
  referenceParent: number;
  /** Most reference facts returned for one query (one per page and name). Range >= 0. Default 3. */
  maxReferenceResults: number;
  /**
   * Added inside a name tier to a sense whose context the query names (a context word such as kubectl or
   * envoy, the context outright, or a pasted structure's own world), so that sense leads its siblings. Default 5.
   */
  contextName: number;
  /** Among word matches, a sense whose context the query names counts this much more. Range >= 0. Default 0.5. */
  contextWords: number;
  /**
   * Added to a term the query names inside longer text (its name or an alias as a run of the query's words),
   * above terms found by scattered words. Default 40.
   */
  mentionedName: number;
  /**
   * Score of a term named inside longer text by a word written as an identifier (`exportTo`, `trafficPolicy`):
   * just above `referenceName`, so the entry for the very name leads the pages that define it and the kinds
   * that hold it. Default 500.
   */
  identifierName: number;
  /**
   * Score of a comparison card whose terms cover both sides of an "X vs Y" or "difference between X and Y"
   * question (times the share of sides it covers): above the terms themselves, as the card answers exactly
   * that. Default 1010.
   */
  comparisonCard: number;
  /**
   * Added to a docs page, card, list or error page about a term the query names (strength 1) or matches by
   * its words (strength up to `linkFromWords`, by the term's score relative to the best term's). Default 20.
   */
  linkLift: number;
  /**
   * For a comparison card, how much each further term the query names (beyond the strongest) that the card
   * covers adds to its lift, relative to the first: a card about two terms a question names answers how they
   * relate. Range >= 0. Default 2.
   */
  cardCovers: number;
  /**
   * The same for a docs page, error page or list: a page about two things the query names (a Kubernetes Ingress
   * and the ingress gateway) is more likely its answer than a page about one of them. Range >= 0. Default 0.25.
   */
  pageCovers: number;
  /**
   * Score of a comparison card covering two or more terms the query names in its own words, relative to the
   * best term's: just below it, as the card says how the named things relate. 0 turns it off. Range 0..1.
   * Default 0.99.
   */
  cardRelates: number;
  /**
   * Score of a docs page that troubleshoots the program printing a pasted message (its title says so, and it
   * links the program's entry), relative to the best other docs page: it leads the docs pages, not the terms.
   * 0 turns it off. Range 0 or >= 1. Default 1.01.
   */
  printedTroubleshooting: number;
  /**
   * Score of the docs page that explains an error page (the error's `docs_page`), when that error page is the
   * best page a query finds, relative to the best docs page: next to it, as the query's words may name a more
   * specific page. 0 turns it off. Range 0..1. Default 0.99.
   */
  explainingPage: number;
  /**
   * The istio.io page of one error code (`/reference/config/analysis/ist0101/` for IST0101) says what its error
   * page says, and the error page has a group of its own: among the docs pages it ranks no higher than this share
   * of its error page's score, so a query that does not reach the error does not get its reference page either.
   * 0 turns it off. Range 0..1. Default 1.
   */
  errorTwin: number;
  /**
   * Added to a sense one of whose cues is an identifier the query writes (`config_dump` for the Envoy admin
   * interface, `destination_service` for a metrics label): evidence about as strong as a mention. Words in
   * capitals alone (EDS, DENY) do not count. 0 turns it off. Default 20.
   */
  cueIdentifier: number;
  /**
   * Added to an error page seen with an HTTP status the query writes ("JWT fails with 403" lifts RBAC: access
   * denied): about a strong word match, so the question's words still pick among the pages of a common status
   * such as 503. 0 turns it off. Default 20.
   */
  statusLift: number;
  /**
   * The best page of the results (a docs page, error page, card or list) lifts the words-tier terms it links:
   * the first by this share of the page's score, each further one by `pageTermsDecay` times less, never past
   * the page itself ("jwt_authn_access_denied" brings RequestAuthentication, which the JWT error page is about).
   * 0 turns it off. Default 0.5.
   */
  pageTerms: number;
  /** How much less each further term the page links is lifted, in the page's own order. Range 0..1. Default 0.7. */
  pageTermsDecay: number;
  /** The most a words-tier term match lends the pages about it, relative to a name match. Range 0..1. Default 0.5. */
  linkFromWords: number;
  /** What a term named inside a longer query lends the pages about it, relative to a name match. Range 0..1. Default 0.75. */
  linkFromMention: number;

  /**
   * Question and complaint words ("how", "why", "not", "working", "issue", "error"...): each counts `fillerWeight`
   * of a word, so the words that say what is asked decide. Stop words ("the", "a", "to") are not scored at all.
   */
  fillerWords: readonly string[];
  /** What a filler word counts for, relative to another word. Range 0..1. Default 0.3. */
  fillerWeight: number;
  /** Multiplier when every query word appears, in order, in the record's title. Range >= 1. Default 1.5. */
  titlePhrase: number;
  /**
   * Multiplier for a docs page whose title holds two neighbouring words of the query side by side ("canary
   * upgrade", "gateway api"), neither a filler word, when the whole query is not its title phrase. Range >= 1; 1
   * turns it off. Default 1.2.
   */
  titlePair: number;
  /** The same for a docs page one of whose headings holds such a pair (its title holding none). Range >= 1. Default 1.1. */
  headingPair: number;
  /**
   * Added to a term whose several-word name appears written as one word in the query
   * ("destinationrules.networking.istio.io" names DestinationRule). Default 25.
   */
  compoundName: number;
  /**
   * A term named alone, with nothing that tells its senses apart: its senses in a topic (networking, TLS/PKI,
   * observability, general) are multiplied by this, so its Istio sense comes first. 1 keeps the author's order.
   * Range 0..1. Default 0.99.
   */
  topicAfterIstio: number;
  /** Each further sense of the same term, below the name tiers, is multiplied by this once more. Range 0..1. Default 0.6. */
  senseDecay: number;
  /**
   * How much of each words-tier result's score comes from its standing within its own kind (0 = raw score
   * only, 1 = rank within kind only), so the best docs page sits near the best term. Range 0..1. Default 0.5.
   */
  kindBlend: number;
  /** Quality of a completion of the last word being typed, relative to the word itself. Range 0..1. Default 0.5. */
  prefixQuality: number;
  /** Quality of a spelling correction, relative to the word itself. Range 0..1. Default 0.6. */
  typoQuality: number;
  /**
   * Shortest word that is spelling-corrected when it matches nothing. Default 5 letters. A word with a digit is
   * never corrected: it is an identifier (IST0110, SSL23), and one slip in it spells another.
   */
  minTypoLength: number;
  /** Shortest last word that is completed as a prefix. Default 2 letters. */
  minPrefixLength: number;
  /** Most completions one prefix expands to (shortest words first). Default 12. */
  maxPrefixExpansions: number;
  /** Most records one query word is scored on, per field: bounds the work of a very common word. Default 1000. */
  candidatesPerWord: number;
  /** Distinct query words scored; the rest of a long paste is ignored. Default 12. */
  maxQueryWords: number;
  /**
   * A query word held by more than `share` of all records, and by at least `minRecords` ("istio", on an Istio
   * site), finds a record only together with another of the query's words, when some record holds one: alone it
   * reaches nearly every record, each for almost nothing, and scoring them all is most of a query's time.
   * Records the query names are kept whatever words they hold. A share of 1 turns it off. Default 0.4 and 200.
   */
  commonWords: { share: number; minRecords: number };
};

const TERM_FIELDS: FieldWeights = { name: 10, aliases: 8, label: 6, short: 3, cues: 3, body: 1 };

export const DEFAULT_RANKING: RankingConfig = {
  fields: {
    default: TERM_FIELDS,
    term: TERM_FIELDS,
    doc: { name: 10, aliases: 5, label: 3, short: 5, cues: 5, body: 2 },
    list: { name: 10, aliases: 6, label: 4, short: 4, cues: 3, body: 1 },
  },
  lengthDiscount: { name: 0.5, aliases: 0.3, label: 0.3, short: 0.3, cues: 0.3, body: 0 },
  secondaryFieldShare: 0.25,
  exactName: 1000,
  codeName: 1001,
  otherName: 900,
  otherNameCap: 80,
  otherNameHalf: 40,
  labelBonus: 10,
  tierShare: { default: 0.5, term: 1, error: 0.89 },
  mentionedName: 40,
  identifierName: 500,
  referenceKind: 0.99,
  referenceField: 0.995,
  referenceUse: 60,
  referenceAssigned: 0.99,
  referenceLastPart: 0.9,
  referenceAway: 0.99,
  referenceParent: 0.98,
  comparisonCard: 1010,
  linkLift: 10,
  cardCovers: 2,
  pageCovers: 0.25,
  cardRelates: 0.99,
  printedTroubleshooting: 1.01,
  explainingPage: 0.99,
  errorTwin: 1,
  statusLift: 20,
  pageTerms: 0.5,
  pageTermsDecay: 0.7,
  cueIdentifier: 20,
  linkFromWords: 0.5,
  linkFromMention: 0.75,
  fillerWords: [
    "not",
    "no",
    "working",
    "work",
    "works",
    "doesn",
    "dont",
    "don",
    "issue",
    "issues",
    "error",
    "errors",
    "problem",
    "fail",
    "fails",
    "failed",
    "failing",
    "unable",
    "cannot",
    "can't",
    "using",
    "use",
    "get",
    "getting",
    "support",
    "help",
    "please",
    "way",
    "need",
    "want",
    "still",
    "after",
    "while",
    "when",
  ],
  fillerWeight: 0.3,
  contextName: 5,
  contextWords: 0.5,
  referenceName: 495,
  referenceSpaced: 0.1,
  sharedFlag: 5,
  maxReferenceResults: 3,
  titlePhrase: 1.5,
  titlePair: 1.2,
  headingPair: 1.1,
  compoundName: 25,
  topicAfterIstio: 0.99,
  senseDecay: 0.6,
  kindBlend: 0.5,
  prefixQuality: 0.5,
  typoQuality: 0.6,
  minTypoLength: 5,
  minPrefixLength: 2,
  maxPrefixExpansions: 12,
  candidatesPerWord: 1000,
  maxQueryWords: 12,
  commonWords: { share: 0.4, minRecords: 200 },
};

/** The defaults with some options replaced. */
export function rankingWith(overrides: Partial<RankingConfig>): RankingConfig {
  return { ...DEFAULT_RANKING, ...overrides };
}

export function fieldWeights(config: RankingConfig, kind: RecordKind): FieldWeights {
  return config.fields[kind] ?? config.fields.default;
}

export function tierShare(config: RankingConfig, kind: RecordKind): number {
  return config.tierShare[kind] ?? config.tierShare.default;
}
