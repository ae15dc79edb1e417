import { existsSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../source/problems";
import { readSourceFile } from "../source/source-file";
import { zodProblems } from "../source/zod-problems";
import { defineKind } from "./kind";
import { type CrosswalkFrontMatter, crosswalkFrontMatterSchema } from "./schema";
import { checkTermRef } from "./term-refs";
import { checkBody } from "./validate-body";

export type Crosswalk = CrosswalkFrontMatter & { body: string; file: string };

const FILE = "crosswalk.md";

/** The crosswalk (`content/crosswalk.md`, optional): what Kubernetes and Istio objects become inside Envoy. */
export const crosswalkKind = defineKind<Crosswalk | null>({
  files: FILE,
  load(root) {
    const abs = path.join(root, FILE);
    const none = { value: null, sources: new Map() };
    if (!existsSync(abs)) return { ...none, problems: [] };
    const read = readSourceFile(abs, path.relative(process.cwd(), abs));
    if (!read.ok) return { ...none, problems: read.problems };
    const { source } = read;
    const parsed = crosswalkFrontMatterSchema.safeParse(source.data);
    if (!parsed.success) return { ...none, problems: zodProblems(parsed.error, source) };
    return {
      value: { ...parsed.data, body: source.body, file: source.file },
      sources: new Map([[FILE, source]]),
      problems: [],
    };
  },
  validate(crosswalk, sources, { targets }) {
    const source = sources.get(FILE);
    if (!crosswalk || !source) return [];
    const problems: Problem[] = [];
    crosswalk.hops.forEach((hop, h) => {
      for (const side of ["from", "to"] as const) {
        hop[side].forEach((ref, i) => {
          const why = checkTermRef(ref, targets);
          if (why)
            problems.push({
              file: source.file,
              ...source.locate(["hops", h, side, i]),
              message: `\`hops[${h}].${side}\`: ${why}`,
            });
        });
      }
    });
    problems.push(...checkBody(source, targets));
    return problems;
  },
});
