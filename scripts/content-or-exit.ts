import { type Content, contentDir, loadContent } from "../lib/content/load";
import { formatProblem } from "../lib/source/problems";

/**
 * The validated content for a CLI (from `content/`, or MESH_ATLAS_CONTENT_DIR as the build reads it); on any
 * problem prints them as path:line:col and exits 1.
 */
export function contentOrExit(dir = contentDir()): Content {
  const { content, problems } = loadContent(dir);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    process.exit(1);
  }
  return content;
}
