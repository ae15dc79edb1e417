import { existsSync } from "node:fs";
import path from "node:path";
import type { Problem } from "../source/problems";
import { readSourceFile } from "../source/source-file";
import { zodProblems } from "../source/zod-problems";
import { type CrosswalkFrontMatter, crosswalkFrontMatterSchema } from "./schema";
import { checkTermRef } from "./term-refs";
import { checkBody, type LinkTargets } from "./validate-body";

export type Crosswalk = CrosswalkFrontMatter & { body: string; file: string };

/** Reads and validates `content/crosswalk.md` (optional). */
export function loadCrosswalk(
  root: string,
  targets: LinkTargets,
): { crosswalk: Crosswalk | null; problems: Problem[] } {
  const abs = path.join(root, "crosswalk.md");
  if (!existsSync(abs)) return { crosswalk: null, problems: [] };
  const read = readSourceFile(abs, path.relative(process.cwd(), abs));
  if (!read.ok) return { crosswalk: null, problems: read.problems };
  const { source } = read;
  const parsed = crosswalkFrontMatterSchema.safeParse(source.data);
  if (!parsed.success) return { crosswalk: null, problems: zodProblems(parsed.error, source) };
  const problems: Problem[] = [];
  parsed.data.hops.forEach((hop, h) => {
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
  return { crosswalk: { ...parsed.data, body: source.body, file: source.file }, problems };
}
