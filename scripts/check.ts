import { contentDir, contentOverlay, loadContent } from "../lib/content/load";
import { formatProblem } from "../lib/source/problems";
import { readArgs } from "./args";

const USAGE = `usage: npm run -s check -- [--content-dir DIR] [--overlay DIR]
  Loads and validates the content; prints each problem as path:line:col: message and exits 1 if there is one.`;

const { values } = readArgs(USAGE, {
  options: {
    "content-dir": { type: "string", default: contentDir() },
    overlay: { type: "string", default: contentOverlay() ?? "" },
  },
});
const { content, problems } = loadContent(values["content-dir"], values.overlay || undefined);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} found.`);
  process.exit(1);
}
const senses = content.glossary.reduce((n, e) => n + e.senses.length, 0);
const team = content.glossary.reduce((n, e) => n + (e.team?.senses.length ?? 0), 0);
console.log(
  `content ok: ${content.glossary.length} terms, ${senses} senses${values.overlay ? ` (${team} from the overlay)` : ""}`,
);
