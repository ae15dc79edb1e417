import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type KnownPages, knownPagesSchema } from "../lib/site-check/known-pages";
import { frontMatterAliases, gatewayApiSpecPages, SITE_SOURCES } from "../lib/site-check/site-sources";
import { readArgs } from "./args";

const USAGE = `usage: npm run -s import-known-pages -- <host> --git <repository git dir> [--ref HEAD]
       npm run -s import-known-pages -- <host> --listing <file> --commit <what the listing reflects>
Writes content/known-pages/<host>.json: the pages the site's sources make, for \`npm run links -- --external\`.
Hosts: ${Object.keys(SITE_SOURCES).join(", ")}. A listing has one repository path per line.`;

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    git: { type: "string" },
    ref: { type: "string", default: "HEAD" },
    listing: { type: "string" },
    commit: { type: "string" },
    out: { type: "string", default: path.join("content", "known-pages") },
  },
});
const site = SITE_SOURCES[positionals[0] ?? ""];
if (!site || (!values.git && !values.listing) || (values.listing && !values.commit)) {
  console.log(USAGE);
  process.exit(2);
}

const git = (...args: string[]) =>
  execFileSync("git", ["-C", values.git ?? ".", ...args], { encoding: "utf8", maxBuffer: 1 << 28 });

let files: string[];
let commit: string;
let date: string;
const extra: string[] = [];
if (values.git) {
  commit = git("rev-parse", values.ref).trim();
  date = git("show", "-s", "--format=%cs", commit).trim();
  files = git("ls-tree", "-r", "--name-only", commit).split("\n").filter(Boolean);
  // Old paths a page keeps as redirects (Hugo front-matter aliases) are links that still work.
  if (site.aliasBase !== undefined) {
    const pages = files.filter((f) => site.pages(f).length > 0);
    const batch = execFileSync("git", ["-C", values.git, "cat-file", "--batch"], {
      input: pages.map((f) => `${commit}:${f}`).join("\n"),
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    for (const body of batch.split(/^[0-9a-f]{40} blob \d+$/m))
      extra.push(...frontMatterAliases(body.trim(), site.aliasBase));
  }
  if (site.host === "gateway-api.sigs.k8s.io" && files.includes("hack/docsy/generate.sh"))
    extra.push(...gatewayApiSpecPages(git("show", `${commit}:hack/docsy/generate.sh`)));
} else {
  files = readFileSync(values.listing ?? "", "utf8")
    .split("\n")
    .map((l) => l.split("\t")[0]?.trim() ?? "")
    .filter(Boolean);
  commit = values.commit ?? "";
  date = new Date().toISOString().slice(0, 10);
}

const file = path.join(values.out, `${site.host}.json`);
const previous: KnownPages | undefined = existsSync(file)
  ? knownPagesSchema.parse(JSON.parse(readFileSync(file, "utf8")))
  : undefined;
const pages = [...new Set([...files.flatMap((f) => site.pages(f)), ...extra])].sort();
const known = new Set(pages);
const list: KnownPages = {
  host: site.host,
  source: {
    repo: site.repo,
    commit,
    date,
    how: values.git
      ? `git ls-tree of ${commit.slice(0, 12)}, each page source mapped by lib/site-check/site-sources.ts, plus front-matter aliases`
      : `a listing of the repository's files (${values.listing}), mapped by lib/site-check/site-sources.ts`,
  },
  pages,
  // Pages confirmed since the last snapshot stay listed until the snapshot has them itself.
  confirmed: (previous?.confirmed ?? []).filter((c) => !known.has(c.path)),
};
mkdirSync(values.out, { recursive: true });
writeFileSync(file, `${JSON.stringify(list, null, 1)}\n`);
const before = previous?.pages.length ?? 0;
console.log(`${file}: ${pages.length} pages (was ${before}), ${list.confirmed.length} confirmed beyond the snapshot`);
