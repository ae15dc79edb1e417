/** One thing wrong with a content file, pointing at the exact spot. */
export type Problem = {
  file: string;
  line: number;
  col: number;
  message: string;
};

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/** Thrown by loaders used at build time so a bad entry can never silently disappear. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
