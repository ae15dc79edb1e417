import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import type { Problem } from "../source/problems";
import { readDataFile, type SourceFile } from "../source/source-file";
import { zodProblems } from "../source/zod-problems";
import { printedPattern } from "../text/printed";
import { defineKind, type ValidationContext } from "./kind";
import { checkTermRef } from "./term-refs";
import { checkTarget } from "./validate-body";

const FOLDER = "printed";

/**
 * `content/printed/<name>.json`: the messages a program prints (ztunnel's errors), copied from its sources by
 * `scripts/import-printed.ts`, never written by hand. A query that holds one names the glossary sense of the
 * program that prints it, as an analyzer's message names its page; or, for messages that all end up in one
 * error (the rules istiod's validation webhook enforces), that error's page.
 */
export const printedFileSchema = z
  .strictObject({
    source: z.string().min(1),
    generated_by: z.string().min(1),
    /** The sense of the program that prints them, as `slug#sense`. */
    sense: z
      .string()
      .regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'must be "slug#sense"')
      .optional(),
    /** Or the error page that explains them, by its file name (`validation-webhook-denied`). */
    error: z
      .string()
      .regex(/^[a-z0-9-]+$/, "must be an error page's file name")
      .optional(),
    /** Format strings as the sources write them; their varying parts ({0}, %s) match anything short. */
    messages: z.array(z.string().min(1)).min(1),
  })
  .refine((f) => (f.sense === undefined) !== (f.error === undefined), {
    message:
      'and "sense": give exactly one ("sense": the program that prints the messages; "error": the page that explains them)',
    path: ["error"],
  });

export type PrintedCatalog = z.infer<typeof printedFileSchema> & { name: string; file: string };

export const printedKind = defineKind<PrintedCatalog[]>({
  files: "printed/<name>.json",
  load(root) {
    const dir = path.join(root, FOLDER);
    const value: PrintedCatalog[] = [];
    const sources = new Map<string, SourceFile>();
    const problems: Problem[] = [];
    if (!existsSync(dir)) return { value, sources, problems };
    for (const file of readdirSync(dir).sort()) {
      const abs = path.join(dir, file);
      const display = path.relative(process.cwd(), abs);
      if (!file.endsWith(".json")) {
        problems.push({ file: display, line: 1, col: 1, message: `unexpected file in ${FOLDER}/: only <name>.json` });
        continue;
      }
      const read = readDataFile(abs, display);
      if (!read.ok) {
        problems.push(...read.problems);
        continue;
      }
      const name = file.replace(/\.json$/, "");
      sources.set(name, read.source);
      const parsed = printedFileSchema.safeParse(read.source.data);
      if (parsed.success) value.push({ ...parsed.data, name, file: display });
      else problems.push(...zodProblems(parsed.error, read.source));
    }
    return { value, sources, problems };
  },
  validate: validatePrinted,
});

function validatePrinted(
  catalogs: readonly PrintedCatalog[],
  sources: ReadonlyMap<string, SourceFile>,
  { targets }: ValidationContext,
): Problem[] {
  const problems: Problem[] = [];
  for (const catalog of catalogs) {
    const source = sources.get(catalog.name);
    if (!source) continue;
    if (catalog.sense !== undefined) {
      const why = checkTermRef(catalog.sense, targets);
      if (why) problems.push({ file: source.file, ...source.locate(["sense"]), message: `\`sense\`: ${why}` });
    }
    if (catalog.error !== undefined) {
      const why = checkTarget(targets, "errors", catalog.error);
      if (why) problems.push({ file: source.file, ...source.locate(["error"]), message: `\`error\`: ${why}` });
    }
    catalog.messages.forEach((message, i) => {
      if (!printedPattern(message))
        problems.push({
          file: source.file,
          ...source.locate(["messages", i]),
          message: `"${message}" has too few words of its own to be told apart from prose`,
        });
    });
  }
  return problems;
}

/**
 * The messages of every catalog naming a target: the program a sense is (`ztunnel#istio`) prints them, or an
 * error page (`validation-webhook-denied`) explains them.
 */
export function printedMessages(
  catalogs: readonly PrintedCatalog[],
  target: { sense: string } | { error: string },
): string[] {
  return catalogs
    .filter((c) => ("sense" in target ? c.sense === target.sense : c.error === target.error))
    .flatMap((c) => c.messages);
}
