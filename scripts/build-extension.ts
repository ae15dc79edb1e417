import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { parseHost } from "../extension/src/hosts";
import { type Browser, manifestFor } from "../extension/src/manifest";
import { normalizeSiteUrl } from "../extension/src/settings";
import { CONTEXTS } from "../lib/contexts";
import { buildDecoderData, parseDecoderData } from "../lib/decoder/data";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const USAGE = `usage: tsx scripts/build-extension.ts [--out DIR] [--site URL] [--hosts a.example.com,b.example.com]
                                   [--data decoder.json] [--overlay DIR]
  Builds the browser extension into DIR/chromium and DIR/firefox (default out-extension/). --site is the Mesh
  Atlas the cards link to (NEXT_PUBLIC_SITE_URL, else http://localhost:3000/); --hosts are the team's wiki hosts,
  marked by default; --data is a deployed site's decoder.json (default: built from content/ and the overlay).`;

export type ExtensionOptions = { out: string; site: string; hosts: string[]; data?: string };

const ROOT = path.resolve(import.meta.dirname, "..");
const SRC = path.join(ROOT, "extension");

/** The context colours of the site's own stylesheet, so an underline on istio.io is the colour of the badge. */
function marksCss(): string {
  const css = readFileSync(path.join(ROOT, "app/globals.css"), "utf8");
  const rules = CONTEXTS.map((c) => {
    const m = new RegExp(`--ctx-${c}:\\s*light-dark\\((#[0-9a-f]+),\\s*(#[0-9a-f]+)\\)`, "i").exec(css);
    if (!m) throw new Error(`app/globals.css: no --ctx-${c}: light-dark(...) colour for the extension`);
    return `mesh-atlas-mark[data-context="${c}"] { --mesh-atlas-c: ${m[1]}; }\nmesh-atlas-mark[data-context="${c}"][data-dark] { --mesh-atlas-c: ${m[2]}; }`;
  });
  return `/* Mesh Atlas marks: an underline only, so the page's layout never moves. */
mesh-atlas-mark { text-decoration: underline dotted 2px var(--mesh-atlas-c, currentColor); text-underline-offset: 3px; text-decoration-skip-ink: none; cursor: help; }
mesh-atlas-mark[data-unsure] { text-decoration-style: dashed; }
mesh-atlas-mark:hover, mesh-atlas-mark[aria-expanded="true"] { text-decoration-style: solid; }
mesh-atlas-mark:focus-visible { outline: 2px solid var(--mesh-atlas-c, currentColor); outline-offset: 1px; border-radius: 2px; }
mesh-atlas-mark[data-context="error"] { --mesh-atlas-c: #b42318; }
mesh-atlas-mark[data-context="error"][data-dark] { --mesh-atlas-c: #fda29b; }
${rules.join("\n")}
mesh-atlas-card { all: initial; position: fixed; inset: auto; margin: 0; padding: 0; border: 0; background: transparent; overflow: visible; z-index: 2147483647; display: block; }
mesh-atlas-card[hidden] { display: none !important; }
`;
}

export async function buildExtension(opts: ExtensionOptions): Promise<{ dir: Record<Browser, string>; sizes: string }> {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  const data = opts.data
    ? parseDecoderData(JSON.parse(readFileSync(opts.data, "utf8")), opts.data)
    : buildDecoderData(contentOrExit());
  const stage = path.join(opts.out, ".stage");
  rmSync(stage, { recursive: true, force: true });
  await build({
    entryPoints: ["background", "content", "popup", "options"].map((n) => path.join(SRC, "src", `${n}.ts`)),
    outdir: stage,
    bundle: true,
    format: "iife",
    target: ["chrome120", "firefox128"],
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    define: {
      MESH_ATLAS_BUILD: JSON.stringify({ siteUrl: opts.site, hosts: opts.hosts }),
      // lib/site.ts reads the site build's environment, none of which applies here (links are built against the
      // configured site): every variable reads as unset, whatever settings the site gains.
      "process.env": "{}",
    },
  });
  const dirs = {} as Record<Browser, string>;
  for (const browser of ["chromium", "firefox"] as const) {
    const dir = path.join(opts.out, browser);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of ["background.js", "content.js", "popup.js", "options.js"])
      copyFileSync(path.join(stage, f), path.join(dir, f));
    for (const f of ["popup.html", "options.html", "pages.css"])
      copyFileSync(path.join(SRC, "pages", f), path.join(dir, f));
    writeFileSync(path.join(dir, "marks.css"), marksCss());
    writeFileSync(path.join(dir, "decoder.json"), JSON.stringify(data));
    writeFileSync(
      path.join(dir, "manifest.json"),
      `${JSON.stringify(manifestFor(browser, pkg.version, opts.hosts), null, 2)}\n`,
    );
    dirs[browser] = dir;
  }
  rmSync(stage, { recursive: true, force: true });
  const files = ["content.js", "background.js", "popup.js", "options.js", "decoder.json", "marks.css"];
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const sizes = files
    .map((f) => {
      const buf = readFileSync(path.join(dirs.chromium, f));
      return `${f} ${kb(statSync(path.join(dirs.chromium, f)).size)} (${kb(gzipSync(buf).length)} gzip)`;
    })
    .join(", ");
  return { dir: dirs, sizes };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = readArgs(USAGE, {
    options: {
      out: { type: "string", default: "out-extension" },
      site: { type: "string", default: process.env.NEXT_PUBLIC_SITE_URL || "http://localhost:3000/" },
      hosts: { type: "string", default: "" },
      data: { type: "string" },
      overlay: { type: "string", default: process.env.MESH_ATLAS_OVERLAY ?? "" },
    },
  });
  const site = normalizeSiteUrl(values.site);
  if (!site) {
    console.error(`--site: "${values.site}" is not an http(s) URL\n${USAGE}`);
    process.exit(2);
  }
  const hosts: string[] = [];
  for (const h of values.hosts.split(",").filter((x) => x.trim())) {
    const host = parseHost(h);
    if (!host) {
      console.error(`--hosts: "${h}" is not a host name\n${USAGE}`);
      process.exit(2);
    }
    hosts.push(host);
  }
  if (values.overlay) process.env.MESH_ATLAS_OVERLAY = path.resolve(values.overlay);
  try {
    const { dir, sizes } = await buildExtension({ out: values.out, site, hosts, data: values.data });
    console.log(`Extension built: ${dir.chromium} and ${dir.firefox} (links to ${site})\n  ${sizes}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
