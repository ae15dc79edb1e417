import { existsSync } from "node:fs";
import { crawl } from "../lib/site-check/crawl";
import { checkExternalLinks } from "../lib/site-check/external-links";
import { formatProblem, groupByHost } from "../lib/site-check/format";
import { formatProblem as formatSourceProblem } from "../lib/source/problems";
import { readArgs } from "./args";

const USAGE = `usage: npm run -s links -- [--dir out] [--base-path /mesh-atlas] [--json]
       npm run -s links -- --external [--content content]
Lists the external links of a built site (nothing is fetched) and checks its internal links; exit 1 on a problem.
--external checks every official link in the content against the committed page lists (content/known-pages/),
so no network is needed, and prints path:line:col for each link to a page the site does not have.`;

const { values } = readArgs(USAGE, {
  options: {
    dir: { type: "string", default: "out" },
    "base-path": { type: "string", default: "" },
    json: { type: "boolean", default: false },
    external: { type: "boolean", default: false },
    content: { type: "string", default: process.env.MESH_ATLAS_CONTENT_DIR ?? "content" },
  },
});
if (values.external) {
  const { problems, links, checked, hosts } = checkExternalLinks(values.content);
  for (const problem of problems) console.error(formatSourceProblem(problem));
  console.log(
    `${checked} of ${links} links in ${values.content}/ checked against the known pages of ${hosts.join(", ")}: ` +
      `${problems.length === 0 ? "all found" : `${problems.length} not found`}.`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}

if (!existsSync(values.dir)) {
  console.error(`No built site in ${values.dir}/: run \`npm run build\` first.`);
  process.exit(1);
}

const started = performance.now();
const report = crawl(values.dir, values["base-path"]);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const hosts = groupByHost(report.externalLinks);

if (values.json) {
  const { dir, basePath, pages, internalLinks, problems, exempt } = report;
  console.log(
    JSON.stringify({
      dir,
      basePath,
      pages: pages.length,
      internalLinks: internalLinks.length,
      hosts,
      problems,
      exempt,
    }),
  );
} else {
  console.log(`External links in ${report.dir}/ (not fetched), by host; the number is how many pages use each:`);
  for (const { host, links } of hosts) {
    console.log(`\n${host} (${links.length} ${links.length === 1 ? "link" : "links"})`);
    for (const link of links) console.log(`${String(link.pages.length).padStart(6)}  ${link.href}`);
  }
  const anchored = report.internalLinks.filter((link) => link.fragment !== "").length;
  console.log(
    `\n${report.pages.length} pages, ${report.internalLinks.length} internal links (${anchored} with a fragment), ` +
      `${report.externalLinks.length} external links on ${hosts.length} hosts, ` +
      `${report.exempt.length} pages exempt from the orphan rule; crawled in ${seconds} s.`,
  );
}

if (report.problems.length > 0) {
  for (const problem of report.problems) console.error(formatProblem(problem));
  console.error(`${report.problems.length} problems in ${report.dir}/`);
  process.exit(1);
}
