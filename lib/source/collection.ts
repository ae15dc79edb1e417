import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { Problem } from "./problems";
import { readSourceFile, type SourceFile } from "./source-file";
import { zodProblems } from "./zod-problems";

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

export type Loaded<T> = { slug: string; data: T; source: SourceFile };

/**
 * Reads every `<slug>.md` in a folder and validates its front matter with `schema`.
 * Files that fail are reported and left out of `items`, so callers must stop on any problem; their slugs are
 * listed in `unreadable`, so that links to them are not reported as dangling too.
 */
export function loadCollection<S extends z.ZodType>(
  root: string,
  folder: string,
  schema: S,
): { items: Loaded<z.infer<S>>[]; problems: Problem[]; unreadable: string[] } {
  const dir = path.join(root, folder);
  const items: Loaded<z.infer<S>>[] = [];
  const problems: Problem[] = [];
  const unreadable: string[] = [];
  if (!existsSync(dir)) return { items, problems, unreadable };
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.startsWith("."))
    .map((d) => d.name)
    .sort();
  for (const name of names) {
    const display = path.relative(process.cwd(), path.join(dir, name)) || name;
    if (!SLUG_FILE.test(name)) {
      problems.push({
        file: display,
        line: 1,
        col: 1,
        message: name.endsWith(".md")
          ? `file name must be the kebab-case slug (lower-case letters, digits, single hyphens) followed by .md`
          : `unexpected file in ${folder}/: only <slug>.md files belong here`,
      });
      continue;
    }
    const read = readSourceFile(path.join(dir, name), display);
    if (!read.ok) {
      problems.push(...read.problems);
      unreadable.push(name.slice(0, -3));
      continue;
    }
    const parsed = schema.safeParse(read.source.data);
    if (!parsed.success) {
      problems.push(...zodProblems(parsed.error, read.source));
      unreadable.push(name.slice(0, -3));
      continue;
    }
    items.push({ slug: name.slice(0, -3), data: parsed.data, source: read.source });
  }
  return { items, problems, unreadable };
}
