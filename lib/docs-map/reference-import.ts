import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { DomUtils, parseDocument } from "htmlparser2";
import * as z from "zod";
import { IDENTIFIER } from "../text/normalize";
import { hugoAnchor } from "./hugo-anchor";
import {
  type ReferenceEntry,
  type ReferenceFile,
  type ReferenceKind,
  referenceEntrySchema,
  referenceFileSchema,
  referenceKindSchema,
} from "./reference";

// htmlparser2 re-exports domutils; deriving the node types keeps domhandler out of our imports.
type HtmlDocument = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.findAll>[number];
type ChildNode = Element["children"][number];
const isElement = (node: ChildNode): node is Element =>
  node.type === "tag" || node.type === "script" || node.type === "style";

/** What one page yields: its entries, every anchor it has, and the group/versions its examples use for its kind. */
export type PageFacts = { entries: ReferenceEntry[]; ids: Set<string>; apis: string[]; problems: string[] };

/** How deep field paths go from a kind's root (in messages walked), so recursive messages stay finite. */
export const MAX_DEPTH = 8;

const attr = (el: Element, name: string) => DomUtils.getAttributeValue(el, name);
const classes = (el: Element) => (attr(el, "class") ?? "").split(/\s+/).filter(Boolean);
const hasClass = (el: Element, name: string) => classes(el).includes(name);
/** Text of a node with whitespace (including &nbsp;) collapsed. */
const text = (el: Element | undefined) => (el ? DomUtils.textContent(el).replace(/\s+/g, " ").trim() : "");
const childElements = (el: Element) => el.children.filter(isElement);
const findIn = (el: Element, test: (e: Element) => boolean) => DomUtils.findOne(test, el.children, true) ?? undefined;
const allElements = (doc: HtmlDocument) => DomUtils.findAll(() => true, doc.children);
const isHeading = (el: Element) => /^h[2-6]$/.test(el.name);

function idsOf(doc: HtmlDocument): Set<string> {
  const ids = new Set<string>();
  for (const el of allElements(doc)) {
    const id = attr(el, "id");
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** Rows of a table itself, not of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  return childElements(table).flatMap((part) =>
    part.name === "tr"
      ? [part]
      : part.name === "thead" || part.name === "tbody"
        ? childElements(part).filter((r) => r.name === "tr")
        : [],
  );
}
const cellsOf = (row: Element) => childElements(row).filter((c) => c.name === "td" || c.name === "th");

/** Body rows keyed by the header texts, so column order and optional columns (Shorthand) do not matter. */
function tableRecords(table: Element): { row: Element; cells: Map<string, Element> }[] {
  const rows = rowsOf(table);
  const header = rows.find((r) => cellsOf(r).every((c) => c.name === "th"));
  const names = header ? cellsOf(header).map((c) => text(c)) : [];
  return rows
    .filter((r) => r !== header)
    .map((row) => {
      const cells = new Map<string, Element>();
      cellsOf(row).forEach((cell, i) => {
        const name = names[i];
        if (name !== undefined) cells.set(name, cell);
      });
      return { row, cells };
    });
}

const frontMatterSchema = z.object({
  title: z.string().min(1),
  schema: z.string().optional(),
  generator: z.string().optional(),
  draft: z.boolean().optional(),
});
type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Front matter and body of a Hugo page. */
export function readPage(file: string): { fm: FrontMatter; body: string } {
  const parsed = matter(readFileSync(file, "utf8"));
  const fm = frontMatterSchema.safeParse(parsed.data);
  if (!fm.success) throw new Error(`${file}: front matter needs a title (${fm.error.issues[0]?.message ?? ""})`);
  return { fm: fm.data, body: parsed.content };
}

const VERSION = /^v(\d+)(?:(alpha|beta)(\d+))?$/;
/** Group/versions newest stable first: GA before beta before alpha, higher numbers first within each. */
export function newestFirst(apis: Iterable<string>): string[] {
  const rank = (api: string): [number, number, number] => {
    const m = VERSION.exec(api.split("/").at(-1) ?? "");
    if (!m) return [-1, 0, 0];
    const stage = m[2] === undefined ? 2 : m[2] === "beta" ? 1 : 0;
    return [stage, Number(m[1]), Number(m[3] ?? 0)];
  };
  return [...new Set(apis)].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2] || (a < b ? -1 : a > b ? 1 : 0);
  });
}

/** apiVersion values of the page's YAML examples whose top-level `kind` is one of `kinds`. */
function exampleApis(doc: HtmlDocument, kinds: Set<string>): string[] {
  const out: string[] = [];
  const blocks = DomUtils.findAll((e) => e.name === "code" && hasClass(e, "language-yaml"), doc.children);
  for (const block of blocks) {
    for (const yamlDoc of DomUtils.textContent(block).split(/^---\s*$/m)) {
      const api = /^apiVersion:\s*(\S+)/m.exec(yamlDoc)?.[1];
      const kind = /^kind:\s*(\S+)/m.exec(yamlDoc)?.[1];
      if (api && kind && kinds.has(kind)) out.push(api);
    }
  }
  return newestFirst(out);
}

type Field = { name: string; anchor: string; type: string; target?: string };
type Section = {
  id: string;
  level: number;
  isEnum: boolean;
  fields: Field[];
  values: { name: string; anchor: string }[];
};
type Place = { root: string; path: string };

/** "LoadBalancerSettings-ConsistentHashLB" (a heading id) -> "LoadBalancerSettings.ConsistentHashLB" */
const dotted = (id: string) => id.replaceAll("-", ".");

/**
 * Fields and enum values of a page generated from istio/api protos (front matter `generator: protoc-gen-docs`).
 * Each message or enum is a heading whose id is its nested name joined by "-", followed by a field table or an
 * enum-values table whose rows carry ids. Paths are walked from the kind the page documents (front matter
 * `schema`), or, without one, from every top-level message no field on the page refers to.
 */
export function parseProtoPage(html: string, page: string, schema?: string): PageFacts {
  const doc = parseDocument(html);
  const problems: string[] = [];
  const sections = new Map<string, Section>();
  let current: Section | undefined;
  for (const el of allElements(doc)) {
    if (isHeading(el)) {
      const id = attr(el, "id");
      current = id ? { id, level: Number(el.name.slice(1)), isEnum: false, fields: [], values: [] } : undefined;
      if (current) {
        if (sections.has(current.id)) problems.push(`${page}: heading id ${current.id} appears twice`);
        sections.set(current.id, current);
      }
      continue;
    }
    if (el.name !== "table" || !current) continue;
    const section = current;
    const own = (row: Element) => {
      const id = attr(row, "id");
      if (id?.startsWith(`${section.id}-`)) return id;
      // A row that does not extend its heading's id means we have misread the page structure.
      if (id !== undefined) problems.push(`${page}: row ${id} is not under heading ${section.id}`);
      return undefined;
    };
    if (hasClass(el, "message-fields")) {
      for (const { row, cells } of tableRecords(el)) {
        const anchor = own(row);
        if (!anchor) continue;
        // Newer pages put name and type in divs of one cell; older ones (IstioOperator) give each a column.
        const name = text(findIn(row, (e) => hasClass(e, "name")) ?? cells.get("Field"));
        const typeCell = findIn(row, (e) => hasClass(e, "type")) ?? cells.get("Type");
        const type = text(typeCell).replace(/\s*\(oneof\)$/, "");
        const href = typeCell && findIn(typeCell, (e) => e.name === "a" && attr(e, "href") !== undefined);
        const link = href ? attr(href, "href") : undefined;
        if (!name || !type) {
          problems.push(`${page}: field row ${anchor} has no name or type`);
          continue;
        }
        section.fields.push({ name, anchor, type, ...(link?.startsWith("#") ? { target: link.slice(1) } : {}) });
      }
    } else if (hasClass(el, "enum-values")) {
      section.isEnum = true;
      for (const row of rowsOf(el)) {
        const anchor = own(row);
        const name = text(cellsOf(row)[0]);
        if (anchor && name) section.values.push({ name, anchor });
      }
    }
  }

  const kind = schema?.split(".").at(-1);
  const referenced = new Set([...sections.values()].flatMap((s) => s.fields.map((f) => f.target)));
  const roots =
    kind && sections.get(kind)?.isEnum === false
      ? [kind]
      : [...sections.values()].filter((s) => s.level === 2 && !s.isEnum && !referenced.has(s.id)).map((s) => s.id);

  const fieldPlaces = new Map<string, Place[]>();
  const enumPlaces = new Map<string, Place[]>();
  const add = (map: Map<string, Place[]>, key: string, place: Place) => map.set(key, [...(map.get(key) ?? []), place]);
  let cut = 0;
  const walk = (root: string, stack: string[], prefix: string[]) => {
    const message = sections.get(stack.at(-1) ?? "");
    for (const f of message?.fields ?? []) {
      const segments = [...prefix, f.name];
      const place = { root, path: segments.join(".") };
      add(fieldPlaces, f.anchor, place);
      const target = f.target === undefined ? undefined : sections.get(f.target);
      if (!target) continue;
      if (target.isEnum) add(enumPlaces, target.id, place);
      // A cycle: the path already went through this message.
      else if (stack.includes(target.id)) continue;
      else if (stack.length >= MAX_DEPTH) cut++;
      // A map's values sit under keys the user chooses; "*" stands for any key.
      else walk(root, [...stack, target.id], f.type.startsWith("map<") ? [...segments, "*"] : segments);
    }
  };
  for (const root of roots) walk(root, [root], []);
  if (cut > 0) problems.push(`${page}: ${cut} field paths stopped at depth ${MAX_DEPTH}`);

  // A root named FooSpec is the spec of kind Foo (IstioOperatorSpec is what `kind: IstioOperator` holds).
  const apis = exampleApis(doc, new Set(roots.flatMap((r) => [r, r.replace(/Spec$/, "")])));
  const api = apis[0];
  const entries: ReferenceEntry[] = [];
  for (const s of sections.values()) {
    const items = s.isEnum ? s.values.map((v) => ({ ...v, type: undefined })) : s.fields;
    for (const item of items) {
      const places = (s.isEnum ? enumPlaces.get(s.id) : fieldPlaces.get(item.anchor)) ?? [undefined];
      for (const place of places) {
        entries.push({
          name: item.name,
          kind: s.isEnum ? "enum" : "field",
          page,
          anchor: item.anchor,
          of: dotted(s.id),
          ...(place ?? {}),
          ...(api ? { api } : {}),
          ...(item.type ? { type: item.type } : {}),
        });
      }
    }
  }
  return { entries, ids: idsOf(doc), apis, problems };
}

/** The annotations and labels pages: one heading per name, then a two-column table of facts. */
export function parseAnnotationsPage(html: string, page: string, kind: "annotation" | "label"): PageFacts {
  const doc = parseDocument(html);
  const problems: string[] = [];
  const entries: ReferenceEntry[] = [];
  let heading: { id?: string; text: string } | undefined;
  for (const el of allElements(doc)) {
    if (isHeading(el)) heading = { id: attr(el, "id"), text: text(el) };
    if (el.name !== "table" || !hasClass(el, "annotations")) continue;
    const facts = new Map<string, string>();
    for (const row of rowsOf(el)) {
      const [th, td] = cellsOf(row);
      if (th && td) facts.set(text(th), text(td));
    }
    const name = facts.get("Name");
    if (!name) {
      problems.push(`${page}: an annotations table has no Name row`);
      continue;
    }
    // Only trust the heading's anchor when the heading names the same thing as the table.
    const anchor = heading?.text === name ? heading.id : undefined;
    if (heading?.text !== name) problems.push(`${page}: ${name} follows heading "${heading?.text ?? ""}"`);
    const status = facts.get("Feature Status");
    const resources = facts
      .get("Resource Types")
      ?.replace(/^\[|\]$/g, "")
      .split(/\s+/)
      .filter(Boolean);
    entries.push({
      name,
      kind,
      page,
      ...(anchor ? { anchor } : {}),
      ...(status ? { status } : {}),
      ...(resources?.length ? { resources } : {}),
    });
  }
  return { entries, ids: idsOf(doc), apis: [], problems };
}

/** "(default `15s`)" at the end of a flag description: cobra states defaults this way. */
const FLAG_DEFAULT = /\(default `(.*)`\)$/s;

/**
 * A command page (front matter `generator: pkg-collateral-docs`): the binary's own flags first, then one h3 per
 * subcommand with its aliases and flag table, then the environment variables and exported metrics tables.
 */
export function parseCommandPage(html: string, page: string, binary: string): PageFacts {
  const doc = parseDocument(html);
  const problems: string[] = [];
  const entries: ReferenceEntry[] = [];
  let command: ReferenceEntry = { name: binary, kind: "command", page };
  entries.push(command);
  let sectionAnchor: string | undefined;
  for (const el of allElements(doc)) {
    if (el.name === "h2") sectionAnchor = attr(el, "id");
    if (el.name === "h3" && text(el).startsWith(`${binary} `)) {
      const anchor = attr(el, "id");
      command = { name: text(el), kind: "command", page, ...(anchor ? { anchor } : {}) };
      const parent = command.name.split(" ").slice(0, -1).join(" ");
      if (entries.some((e) => e.kind === "command" && e.name === parent)) command.of = parent;
      entries.push(command);
      continue;
    }
    if (el.name === "div" && hasClass(el, "aliases")) {
      // Alias lines are usage lines: keep as many words as the command name has.
      const words = command.name.split(" ").length;
      const aliases = DomUtils.textContent(el)
        .split("\n")
        .map((line) => line.trim().split(/\s+/).slice(0, words).join(" "))
        .filter((a) => a.startsWith(`${binary} `) && a.split(" ").length === words && a !== command.name);
      if (aliases.length) command.aliases = [...new Set([...(command.aliases ?? []), ...aliases])];
      continue;
    }
    if (el.name !== "table") continue;
    if (hasClass(el, "command-flags")) {
      for (const { cells } of tableRecords(el)) {
        const spec = /^(-{1,2}[\w.-]+)(?:\s+<(.+)>)?$/.exec(text(cells.get("Flags")));
        if (!spec?.[1]) {
          problems.push(`${page}: unreadable flag "${text(cells.get("Flags"))}" of ${command.name}`);
          continue;
        }
        const short = text(cells.get("Shorthand"));
        const def = FLAG_DEFAULT.exec(text(cells.get("Description")))?.[1];
        entries.push({
          name: spec[1],
          kind: "flag",
          page,
          ...(command.anchor ? { anchor: command.anchor } : {}),
          of: command.name,
          ...(spec[2] ? { type: spec[2] } : {}),
          ...(def !== undefined ? { default: def } : {}),
          ...(short ? { short } : {}),
        });
      }
    } else if (hasClass(el, "envvars")) {
      for (const { row, cells } of tableRecords(el)) {
        const name = text(cells.get("Variable Name"));
        const anchor = attr(row, "id");
        const type = text(cells.get("Type"));
        const def = cells.get("Default Value");
        if (!name) continue;
        entries.push({
          name,
          kind: "env",
          page,
          ...(anchor ? { anchor } : {}),
          of: binary,
          ...(type ? { type } : {}),
          ...(def ? { default: text(def) } : {}),
        });
      }
    } else if (hasClass(el, "metrics")) {
      for (const { cells } of tableRecords(el)) {
        const name = text(cells.get("Metric Name"));
        const type = text(cells.get("Type"));
        if (!name) continue;
        entries.push({
          name,
          kind: "metric",
          page,
          ...(sectionAnchor ? { anchor: sectionAnchor } : {}),
          of: binary,
          ...(type ? { type } : {}),
        });
      }
    }
  }
  return { entries, ids: idsOf(doc), apis: [], problems };
}

/** Hugo heading anchor of a Markdown heading line's text, honouring an explicit {#id}. */
function markdownAnchor(heading: string): string {
  return /\{#([^}]+)\}\s*$/.exec(heading)?.[1] ?? hugoAnchor(heading.replace(/`/g, ""));
}

/**
 * The standard metrics page (Markdown). Metrics are bullets like **Request Count** (`istio_requests_total`) whose
 * text says COUNTER or DISTRIBUTION. Labels are bullets with a title only: the label name is the title in
 * snake_case (Response Flags -> response_flags, as the proxy names them), except where the bullet lists the
 * names itself in a text block (Canonical Service).
 */
export function parseMetricsPage(md: string, page: string): PageFacts {
  const problems: string[] = [];
  const ids = new Set<string>();
  type Item = { title: string; rest: string; heading: string; anchor: string };
  const items: Item[] = [];
  let heading = "";
  let anchor = "";
  let fence = false;
  for (const line of md.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    const h = /^#{2,6}\s+(.+?)\s*$/.exec(line);
    if (h?.[1]) {
      heading = h[1];
      anchor = markdownAnchor(heading);
      ids.add(anchor);
      continue;
    }
    const bullet = /^\*\s+\*\*(.+?)\*\*(.*)$/.exec(line);
    const last = items.at(-1);
    if (bullet?.[1] !== undefined) items.push({ title: bullet[1], rest: bullet[2] ?? "", heading, anchor });
    else if (last && line.trim() !== "" && last.heading === heading) last.rest += `\n${line}`;
  }
  const entries: ReferenceEntry[] = [];
  for (const item of items) {
    const metric = /^\s*\(`([a-z][a-z0-9_]*)`\)/.exec(item.rest);
    if (metric?.[1] && /metric/i.test(item.heading)) {
      const type = /`(COUNTER|DISTRIBUTION|GAUGE|HISTOGRAM)`/.exec(item.rest)?.[1];
      entries.push({ name: metric[1], kind: "metric", page, anchor: item.anchor, ...(type ? { type } : {}) });
    } else if (/label/i.test(item.heading)) {
      const block = /\{\{<\s*text[^>]*>\}\}([\s\S]*?)\{\{<\s*\/text\s*>\}\}/.exec(item.rest)?.[1];
      const names = block
        ? block
            .split("\n")
            .map((l) => l.trim())
            .filter((l) => /^[a-z][a-z0-9_]*$/.test(l))
        : [
            item.title
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, "_")
              .replace(/^_+|_+$/g, ""),
          ];
      for (const name of names) entries.push({ name, kind: "metric-label", page, anchor: item.anchor });
    } else problems.push(`${page}: bullet "${item.title}" under "${item.heading}" is neither a metric nor a label`);
  }
  return { entries, ids, apis: [], problems };
}

/** Drops anchors the page does not have (and says so): a link to a missing anchor is worse than none. */
export function checkAnchors(facts: PageFacts): PageFacts {
  const problems = [...facts.problems];
  const entries = facts.entries.map((e) => {
    if (e.anchor === undefined || facts.ids.has(e.anchor)) return e;
    problems.push(`${e.page}: anchor #${e.anchor} of ${e.kind} ${e.name} is not in the page; dropped`);
    const { anchor: _dropped, ...rest } = e;
    return rest;
  });
  return { ...facts, entries, problems };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const KIND_ORDER = referenceKindSchema.options;

/** Validated, exact duplicates removed, sorted by page, kind, name, path (then the rest, for a stable order). */
export function finishEntries(entries: ReferenceEntry[]): ReferenceEntry[] {
  const unique = new Map<string, ReferenceEntry>();
  for (const e of entries) {
    const valid = referenceEntrySchema.parse(e);
    unique.set(JSON.stringify(valid), valid);
  }
  return [...unique.entries()]
    .sort(
      ([ka, a], [kb, b]) =>
        byCodePoint(a.page, b.page) ||
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        byCodePoint(a.name, b.name) ||
        byCodePoint(a.path ?? "", b.path ?? "") ||
        byCodePoint(ka, kb),
    )
    .map(([, e]) => e);
}

/** Entries per kind, in the schema's kind order. */
export function countKinds(entries: ReferenceEntry[]): Partial<Record<ReferenceKind, number>> {
  const counts: Partial<Record<ReferenceKind, number>> = {};
  for (const kind of KIND_ORDER) {
    const n = entries.filter((e) => e.kind === kind).length;
    if (n > 0) counts[kind] = n;
  }
  return counts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = path.join(dir, name);
      return statSync(abs).isDirectory() ? filesUnder(abs) : [abs];
    });
}

/**
 * Reads every reference page of an istio.io checkout (a folder holding content/en/docs, or the docs folder
 * itself) and returns the entries, the group/versions per config page, and whatever could not be read.
 */
export function importReference(dir: string): {
  entries: ReferenceEntry[];
  apis: Record<string, string[]>;
  uses: Record<string, Record<string, number>>;
  problems: string[];
} {
  const docsRoot = [path.join(dir, "content", "en", "docs"), dir].find((d) => existsSync(path.join(d, "reference")));
  if (!docsRoot) throw new Error(`${dir}: no content/en/docs/reference found; is this an istio.io checkout?`);
  const entries: ReferenceEntry[] = [];
  const apis: Record<string, string[]> = {};
  const problems: string[] = [];
  for (const file of filesUnder(path.join(docsRoot, "reference"))) {
    const base = path.basename(file);
    if (base !== "index.html" && base !== "index.md") continue;
    const page = path.relative(docsRoot, path.dirname(file)).split(path.sep).join("/");
    let facts: PageFacts | undefined;
    if (base === "index.md") {
      if (page.endsWith("config/metrics")) facts = parseMetricsPage(readPage(file).body, page);
    } else {
      const { fm, body } = readPage(file);
      if (fm.generator === "protoc-gen-docs") facts = parseProtoPage(body, page, fm.schema);
      else if (fm.generator === "pkg-collateral-docs") facts = parseCommandPage(body, page, fm.title);
      else if (page.endsWith("config/annotations")) facts = parseAnnotationsPage(body, page, "annotation");
      else if (page.endsWith("config/labels")) facts = parseAnnotationsPage(body, page, "label");
      else problems.push(`${page}: generated page of an unknown kind; skipped`);
    }
    if (!facts) continue;
    const checked = checkAnchors(facts);
    entries.push(...checked.entries);
    problems.push(...checked.problems);
    if (checked.apis.length > 0) apis[page] = checked.apis;
  }
  const finished = finishEntries(entries);
  return { entries: finished, apis, uses: factUses(docsRoot, finished), problems };
}

/**
 * Where the other docs pages use what the reference defines: for each page outside reference/, how often its
 * text (front matter left out) writes each field, value, annotation, label, variable, metric or long flag.
 * Only names written like identifiers count, so a page saying "hosts" or "mode" in prose uses nothing; a dotted
 * path (`meshConfig.accessLogFile`) counts for each of its parts.
 */
export function factUses(docsRoot: string, entries: readonly ReferenceEntry[]): Record<string, Record<string, number>> {
  const names = new Set(
    entries
      .filter((e) =>
        e.kind === "command"
          ? false
          : e.kind === "flag"
            ? e.name.replace(/^-+/, "").length >= 5
            : IDENTIFIER.test(e.name),
      )
      .map((e) => e.name),
  );
  const uses: Record<string, Record<string, number>> = {};
  for (const file of filesUnder(docsRoot)) {
    const base = path.basename(file);
    if (base !== "index.html" && base !== "index.md") continue;
    const page = path.relative(docsRoot, path.dirname(file)).split(path.sep).join("/");
    if (page === "reference" || page.startsWith("reference/")) continue;
    const { fm, body } = readPage(file);
    // Drafts are not published, so the docs map has no such page.
    if (fm.draft) continue;
    const counts: Record<string, number> = {};
    for (const [token] of body.matchAll(/(?<![\w./-])-{0,2}[A-Za-z][\w./-]*\w/g)) {
      const found = names.has(token)
        ? [token]
        : token.includes("/")
          ? []
          : token.split(".").filter((t) => names.has(t));
      for (const name of found) counts[name] = (counts[name] ?? 0) + 1;
    }
    if (Object.keys(counts).length > 0)
      uses[page] = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => byCodePoint(a, b)));
  }
  return uses;
}

/** The reference file as JSON with one entry per line, so re-imports diff line by line. */
export function formatReferenceFile(file: ReferenceFile): string {
  const valid = referenceFileSchema.parse(file);
  const apis = Object.keys(valid.apis)
    .sort(byCodePoint)
    .map((page) => `${JSON.stringify(page)}: ${JSON.stringify(valid.apis[page])}`);
  const uses = Object.keys(valid.uses)
    .sort(byCodePoint)
    .map((page) => `${JSON.stringify(page)}: ${JSON.stringify(valid.uses[page])}`);
  return [
    "{",
    `"source": ${JSON.stringify(valid.source)},`,
    `"generated_by": ${JSON.stringify(valid.generated_by)},`,
    `"counts": ${JSON.stringify(valid.counts)},`,
    `"apis": {${apis.length ? `\n${apis.join(",\n")}\n` : ""}},`,
    `"entries": [${valid.entries.length ? `\n${valid.entries.map((e) => JSON.stringify(e)).join(",\n")}\n` : ""}],`,
    `"uses": {${uses.length ? `\n${uses.join(",\n")}\n` : ""}}`,
    "}",
    "",
  ].join("\n");
}
