import { type Content, loadContent } from "../lib/content/load";
import { formatProblem } from "../lib/source/problems";

/** The validated content for a CLI; on any problem prints them as path:line:col and exits 1. */
export function contentOrExit(dir = "content"): Content {
  const { content, problems } = loadContent(dir);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    process.exit(1);
  }
  return content;
}
