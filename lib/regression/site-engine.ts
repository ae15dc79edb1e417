import { loadContent } from "../content/load";
import { buildSiteSearchIndex } from "../content/search-index";
import { SearchEngine } from "../search/engine";
import { formatProblem } from "../source/problems";

let engine: SearchEngine | undefined;

/** The engine over the real content, built the way the site builds it and round-tripped through JSON. */
export function siteEngine(): SearchEngine {
  if (!engine) {
    const { content, problems } = loadContent("content");
    if (problems.length > 0) throw new Error(problems.map(formatProblem).join("\n"));
    engine = SearchEngine.fromData(JSON.parse(JSON.stringify(buildSiteSearchIndex(content))));
  }
  return engine;
}
