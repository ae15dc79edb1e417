import type { Problem } from "../source/problems";
import type { SourceFile } from "../source/source-file";
import { foldName, foldQuery } from "../text/normalize";
import type { GlossaryEntry } from "./glossary";
import type { ValidationContext } from "./kind";
import { sections } from "./sections";
import { checkBody, isTarget } from "./validate-body";

type Ctx = {
  /** Ids the term page gives its own sections: a sense anchor may not take them. */
  pageAnchors: ReadonlySet<string>;
  entries: readonly GlossaryEntry[];
  sources: ReadonlyMap<string, SourceFile>;
  bySlug: Map<string, GlossaryEntry>;
  /** Whether a slug is an entry, or one whose file failed to load (its own problems say why). */
  known: (slug: string) => boolean;
  problems: Problem[];
};

/** Where the source of a team's extension of a built-in entry is kept, beside the built-in entry's own. */
export const teamSourceKey = (slug: string): string => `${slug}#team`;

function report(ctx: Ctx, slug: string, path: readonly PropertyKey[], message: string, key?: string): void {
  const at = teamPart(ctx, slug, path) ?? { source: ctx.sources.get(slug), path };
  if (!at.source) return;
  ctx.problems.push({ file: at.source.file, ...at.source.locate(at.path, key), message });
}

/**
 * A sense or alias a team's `extends: true` added to a built-in entry is written in the team's file: the problem
 * is reported there, at its index in that file, not at the same index of the built-in file.
 */
function teamPart(
  ctx: Ctx,
  slug: string,
  path: readonly PropertyKey[],
): { source: SourceFile; path: PropertyKey[] } | undefined {
  const team = ctx.sources.get(teamSourceKey(slug));
  const entry = ctx.bySlug.get(slug);
  const [head, i, ...rest] = path;
  if (!team || !entry?.team || typeof i !== "number") return undefined;
  const written = team.data as { senses?: { id?: unknown }[]; aliases?: unknown[] };
  if (head === "senses") {
    const id = entry.senses[i]?.id;
    const j = id && entry.team.senses.includes(id) ? (written.senses?.findIndex((x) => x?.id === id) ?? -1) : -1;
    return j >= 0 ? { source: team, path: ["senses", j, ...rest] } : undefined;
  }
  if (head === "aliases") {
    const alias = entry.aliases[i];
    const builtIn = (ctx.sources.get(slug)?.data as { aliases?: unknown[] } | undefined)?.aliases ?? [];
    const j = builtIn.includes(alias) ? -1 : (written.aliases?.indexOf(alias) ?? -1);
    return j >= 0 ? { source: team, path: ["aliases", j, ...rest] } : undefined;
  }
  return undefined;
}

const REFERENCE_FIELDS = ["related", "confused_with", "prerequisites"] as const;

function checkReferences(ctx: Ctx, e: GlossaryEntry): void {
  for (const field of REFERENCE_FIELDS) {
    e[field].forEach((ref, i) => {
      if (ref === e.slug) report(ctx, e.slug, [field, i], `\`${field}\` lists the entry itself`);
      else if (!ctx.known(ref))
        report(ctx, e.slug, [field, i], `\`${field}\` names "${ref}", which is not a glossary entry`);
    });
  }
  e.legacy?.replaced_by.forEach((ref, i) => {
    if (!ctx.known(ref)) {
      report(
        ctx,
        e.slug,
        ["legacy", "replaced_by", i],
        `\`legacy.replaced_by\` names "${ref}", which is not a glossary entry`,
      );
    }
  });
  e.redirect_from.forEach((old, i) => {
    if (ctx.bySlug.has(old)) {
      report(ctx, e.slug, ["redirect_from", i], `\`redirect_from\` names "${old}", which is a live entry`);
    }
  });
}

function checkSenses(ctx: Ctx, e: GlossaryEntry): void {
  const seen = new Map<string, number>();
  e.senses.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined)
      report(ctx, e.slug, ["senses", i, "id"], `duplicate sense id "${s.id}" (also senses[${first}])`);
    else seen.set(s.id, i);
  });
  e.senses.forEach((s, i) => {
    if (ctx.pageAnchors.has(s.id))
      report(ctx, e.slug, ["senses", i, "id"], `sense id "${s.id}" is taken by a section of the term page`);
  });
  // A role names a sense of its own term that is itself no role, so the decoder's pairs stay one level deep.
  e.senses.forEach((s, i) => {
    if (s.refines === undefined) return;
    const base = e.senses.find((b) => b.id === s.refines);
    const path = ["senses", i, "refines"];
    if (s.refines === s.id) report(ctx, e.slug, path, `sense "${s.id}" cannot refine itself`);
    else if (!base) report(ctx, e.slug, path, `\`refines\` names "${s.refines}", which is not a sense of this entry`);
    else if (base.refines !== undefined)
      report(ctx, e.slug, path, `\`refines\` names "${s.refines}", which refines "${base.refines}" itself`);
  });
  // Search and the decoder read a sense's own prose from the body section headed with its label; without one,
  // every section would count for every sense.
  if (e.senses.length >= 2) {
    const headings = new Set(sections(e.body).map((p) => foldQuery(p.heading)));
    e.senses.forEach((s, i) => {
      // A team's added sense is written in its own file, whose body is the team's note, not sense sections.
      if (!headings.has(foldQuery(s.label)) && !e.team?.senses.includes(s.id))
        report(ctx, e.slug, ["senses", i, "label"], `the body has no "## ${s.label}" section for sense "${s.id}"`);
    });
  }
  // Former ids become anchors on the same page, so they may not name a live sense or another former id.
  const former = new Map<string, number>();
  e.senses.forEach((s, i) => {
    s.redirect_from.forEach((old, j) => {
      const path = ["senses", i, "redirect_from", j];
      const live = seen.get(old);
      if (live !== undefined) report(ctx, e.slug, path, `"${old}" is the id of senses[${live}], not a former id`);
      else if (former.has(old))
        report(ctx, e.slug, path, `"${old}" is already a former id of senses[${former.get(old)}]`);
      else if (ctx.pageAnchors.has(old)) report(ctx, e.slug, path, `"${old}" is taken by a section of the term page`);
      else former.set(old, i);
    });
  });
}

/** Every name (term, slug, alias) may belong to one entry, unless the two entries list each other as confusable. */
function checkNames(ctx: Ctx): void {
  const owners = new Map<string, string>(ctx.entries.map((e) => [foldName(e.slug), e.slug]));
  const confusable = (a: string, b: string) =>
    ctx.bySlug.get(a)?.confused_with.includes(b) === true && ctx.bySlug.get(b)?.confused_with.includes(a) === true;
  for (const e of ctx.entries) {
    const names: { name: string; path: PropertyKey[] }[] = [
      { name: e.term, path: ["term"] },
      ...e.aliases.map((a, i) => ({ name: a, path: ["aliases", i] })),
    ];
    const own = new Set<string>([foldName(e.slug)]);
    const literal = new Set<string>();
    for (const { name, path } of names) {
      const key = foldName(name);
      if (key === "") {
        report(ctx, e.slug, path, `"${name}" has no letters or digits`);
        continue;
      }
      if (literal.has(name)) {
        report(ctx, e.slug, path, `alias "${name}" is listed twice`);
        continue;
      }
      literal.add(name);
      // Spellings of the entry's own name ("VirtualService" for virtual-service) are what aliases are for.
      if (own.has(key)) continue;
      own.add(key);
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, e.slug);
      else if (!confusable(owner, e.slug)) {
        report(
          ctx,
          e.slug,
          path,
          `"${name}" is already a name of the entry "${owner}"; list each other in \`confused_with\` if both are senses of one word`,
        );
      }
    }
  }
}

function checkPrerequisiteCycles(ctx: Ctx): void {
  const state = new Map<string, "visiting" | "done">();
  const reported = new Set<string>();
  const visit = (slug: string, trail: string[]): void => {
    if (state.get(slug) === "done") return;
    if (state.get(slug) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(slug)), slug];
      const key = [...cycle].sort().join(",");
      if (!reported.has(key)) {
        reported.add(key);
        const from = cycle[cycle.length - 2] ?? slug;
        const idx = ctx.bySlug.get(from)?.prerequisites.indexOf(slug) ?? 0;
        report(ctx, from, ["prerequisites", idx], `prerequisites form a cycle: ${cycle.join(" -> ")}`);
      }
      return;
    }
    state.set(slug, "visiting");
    for (const next of ctx.bySlug.get(slug)?.prerequisites ?? []) {
      if (ctx.bySlug.has(next)) visit(next, [...trail, slug]);
    }
    state.set(slug, "done");
  };
  for (const e of ctx.entries) visit(e.slug, []);
}

/** An overloaded word keeps at least two senses in different contexts. */
function checkOverloaded(ctx: Ctx, overloaded: ReadonlySet<string>): void {
  for (const e of ctx.entries) {
    if (!overloaded.has(e.slug)) continue;
    const contexts = new Set(e.senses.map((s) => s.context));
    if (e.senses.length < 2 || contexts.size < 2) {
      report(
        ctx,
        e.slug,
        ["senses"],
        `"${e.slug}" is an overloaded term: it needs at least two senses with different contexts`,
      );
    }
  }
}

export function validateGlossary(
  entries: readonly GlossaryEntry[],
  sources: ReadonlyMap<string, SourceFile>,
  { targets, overloaded, termPageSections }: ValidationContext,
): Problem[] {
  const ctx: Ctx = {
    pageAnchors: termPageSections,
    entries,
    sources,
    bySlug: new Map(entries.map((e) => [e.slug, e])),
    known: (slug) => isTarget(targets, "glossary", slug),
    problems: [],
  };
  for (const e of entries) {
    checkSenses(ctx, e);
    checkReferences(ctx, e);
    const source = sources.get(e.slug);
    if (source) ctx.problems.push(...checkBody(source, targets));
  }
  checkNames(ctx);
  checkPrerequisiteCycles(ctx);
  checkOverloaded(ctx, overloaded);
  return ctx.problems;
}
