import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { crawl } from "../lib/site-check/crawl";
import { formatProblem, groupByHost } from "../lib/site-check/format";

const USAGE = `usage: npm run -s links -- [--dir out] [--base-path /mesh-atlas] [--json]
Lists the external links of a built site (nothing is fetched) and checks its internal links; exit 1 on a problem.`;

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "out" },
    "base-path": { type: "string", default: "" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
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
