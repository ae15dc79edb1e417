import { existsSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import { slugSchema } from "../source/ids";
import type { Problem } from "../source/problems";
import { readDataFile } from "../source/source-file";
import { zodProblems } from "../source/zod-problems";
import { defineKind } from "./kind";
import { isTarget } from "./validate-body";

const FILE = "overloaded.yaml";
const overloadedSchema = z.array(slugSchema, { error: "must be a YAML list of glossary slugs" });

/** `content/overloaded.yaml`: the terms that must keep at least two senses in different contexts. */
export const overloadedKind = defineKind<string[]>({
  files: FILE,
  load(root) {
    const abs = path.join(root, FILE);
    if (!existsSync(abs)) return { value: [], sources: new Map(), problems: [] };
    const read = readDataFile(abs, path.relative(process.cwd(), abs));
    if (!read.ok) return { value: [], sources: new Map(), problems: read.problems };
    const parsed = overloadedSchema.safeParse(read.source.data ?? []);
    const sources = new Map([[FILE, read.source]]);
    if (!parsed.success) return { value: [], sources, problems: zodProblems(parsed.error, read.source) };
    return { value: parsed.data, sources, problems: [] };
  },
  validate(slugs, sources, { targets }) {
    const source = sources.get(FILE);
    const problems: Problem[] = [];
    slugs.forEach((slug, i) => {
      if (source && !isTarget(targets, "glossary", slug))
        problems.push({
          file: source.file,
          ...source.locate([i]),
          message: `"${slug}" is listed as overloaded but is not a glossary entry`,
        });
    });
    return problems;
  },
});
