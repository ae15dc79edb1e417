import * as z from "zod";
import { ERROR_KINDS } from "../content/error-kinds";
import type { Content } from "../content/load";
import { senseProse } from "../content/sections";
import { contextSchema } from "../context-schema";
import { CONTEXT_WORDS } from "../contexts";

// zod compiles fast parsers with `new Function` and probes for it on first use; the site's CSP forbids eval (and
// reports the probe), so these schemas, which the browser runs, parse without it.
z.config({ jitless: true });

const decoderSenseSchema = z.object({
  id: z.string(),
  context: contextSchema,
  label: z.string(),
  short: z.string(),
  cues: z.array(z.string()),
  kinds: z.array(z.string()),
  /** Index, among its term's senses, of the sense this one is a role of (the root namespace: a namespace). */
  refines: z.number().int().nonnegative().optional(),
  /** Its kind is written in lower case in running prose ("a pod", "the namespace"), so lower case is no evidence. */
  lowerCase: z.literal(true).optional(),
  /** A name written as code: its definition writes one of the term's names in backticks (the gateway `mesh`). */
  literal: z.literal(true).optional(),
  /** Istio removed what it names (it has `until`): today's texts mean it only where they name it. */
  removed: z.literal(true).optional(),
});
export type DecoderSense = z.infer<typeof decoderSenseSchema>;

const decoderTermSchema = z.object({ slug: z.string(), term: z.string(), senses: z.array(decoderSenseSchema).min(1) });
export type DecoderTerm = z.infer<typeof decoderTermSchema>;

const decoderErrorSchema = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.enum(ERROR_KINDS),
  title: z.string(),
  short: z.string(),
  /** Other spellings: long flag name, response-code details, analyzer message name. */
  names: z.array(z.string()),
});
export type DecoderError = z.infer<typeof decoderErrorSchema>;

/** Bumped whenever the shape changes, so a client holding an old file says so instead of misreading it. */
export const DECODER_DATA_VERSION = 8;

/** What the decoder knows, as compact JSON: built at build time, shipped to /decode/, loaded by the CLI. */
export const decoderDataSchema = z.object({
  version: z.literal(DECODER_DATA_VERSION, {
    error: (issue) =>
      `decoder data version ${JSON.stringify(issue.input)} is not ${DECODER_DATA_VERSION}: rebuild the site (npm run build)`,
  }),
  terms: z.array(decoderTermSchema),
  /** [name as written, index into terms] for the term, its slug and every alias. */
  names: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  /** Words that mark each context wherever they appear (kubectl, istioctl, envoy...). */
  contextWords: z.record(contextSchema, z.array(z.string())),
  /** The error codes and messages it recognises in logs and tool output. */
  errors: z.array(decoderErrorSchema),
  /** Slugs of the terms people confuse (content/overloaded.yaml): what a wiki lint asks to make clear. */
  overloaded: z.array(z.string()),
});
export type DecoderData = z.infer<typeof decoderDataSchema>;

/** Decoder data read from a file or a response, checked: an old or tampered file fails with what is wrong. */
export function parseDecoderData(json: unknown, from: string): DecoderData {
  const parsed = decoderDataSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
    throw new Error(`${from}: not decoder data this code can read${at}: ${issue?.message ?? "invalid"}`);
  }
  const data = parsed.data;
  for (const t of data.terms)
    for (const s of t.senses)
      if (s.refines !== undefined && s.refines >= t.senses.length)
        throw new Error(
          `${from}: sense "${t.slug}#${s.id}" refines sense ${s.refines}, beyond the term's ${t.senses.length}`,
        );
  const bad = data.names.find(([, i]) => i >= data.terms.length);
  if (bad) throw new Error(`${from}: name "${bad[0]}" points at term ${bad[1]}, beyond the ${data.terms.length} terms`);
  return data;
}

/**
 * Whether prose about a kind writes its name in lower case mid-sentence more often than capitalised, and at least
 * twice: "a pod", "the namespace", as people write them, where "a VirtualService" keeps its capital.
 */
export function kindInLowerCase(prose: string, kinds: readonly string[]): boolean {
  let lower = 0;
  let capital = 0;
  for (const kind of kinds) {
    const name = kind.split("/").pop() ?? "";
    if (!name) continue;
    const written = new RegExp(`(?<![\\w./-])(${name})(?:e?s)?(?![\\w/-])`, "gi");
    for (const m of prose.matchAll(written)) {
      // The first word of a sentence is capitalised whatever it names.
      if (/(?:^|[.!?:\n])\s*$/.test(prose.slice(Math.max(0, m.index - 3), m.index))) continue;
      if (m[1] === name.toLowerCase()) lower++;
      else if (m[1] === name) capital++;
    }
  }
  return lower >= 2 && lower > capital;
}

/** What a definition writes as code, as written: `mesh`, `Host`, `corsPolicy`. */
export function codeIn(short: string): string[] {
  return [...short.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");
}

/** Whether a definition writes one of the term's names as code (`mesh`, `host`): the sense is that literal name. */
export function writesNameAsCode(short: string, names: readonly string[]): boolean {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return codeIn(short).some((code) => lower.has(code.toLowerCase()));
}

/**
 * Whether a cue is one identifier in camel case whose last part is the term's name (`BlackHoleCluster` of
 * Cluster, `perTryTimeout` of Timeout, `podSelector` of Selector): a kind of that thing, named where it is used.
 */
export function namesKindOf(cue: string, term: string): boolean {
  if (!/^[\p{L}\p{N}]+$/u.test(cue) || !/\p{Ll}\p{Lu}/u.test(cue)) return false;
  const last = /\p{Lu}[\p{Ll}\p{N}]*$/u.exec(cue)?.[0].toLowerCase();
  const name = term.toLowerCase();
  return last === name || last === `${name}s`;
}

export function buildDecoderData(content: Content): DecoderData {
  const terms: DecoderTerm[] = content.glossary.map((e) => ({
    slug: e.slug,
    term: e.term,
    senses: e.senses.map((s) => {
      const base = e.senses.findIndex((b) => b.id === s.refines);
      return {
        id: s.id,
        context: s.context,
        label: s.label,
        short: s.short,
        cues: s.cues,
        kinds: s.kinds,
        ...(base < 0 ? {} : { refines: base }),
        ...(kindInLowerCase(senseProse(e.body, s.label), s.kinds) ? { lowerCase: true as const } : {}),
        ...(writesNameAsCode(s.short, [e.term, ...e.aliases]) ? { literal: true as const } : {}),
        ...(s.until ? { removed: true as const } : {}),
      };
    }),
  }));
  const names: [string, number][] = [];
  content.glossary.forEach((e, i) => {
    // A cue that names a kind of the term where it is used (`BlackHoleCluster`) is a mention of it too.
    const cued = e.senses.flatMap((s) => s.cues.filter((cue) => namesKindOf(cue, e.term)));
    for (const name of new Set([e.term, e.slug.replace(/-/g, " "), ...e.aliases, ...cued])) names.push([name, i]);
  });
  const errors = content.errors.map((e) => ({
    id: e.id,
    code: e.code,
    kind: e.kind,
    title: e.title,
    short: e.short,
    names: e.names,
  }));
  return {
    version: DECODER_DATA_VERSION,
    terms,
    names,
    contextWords: CONTEXT_WORDS,
    errors,
    overloaded: [...content.overloaded],
  };
}
