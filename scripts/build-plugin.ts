import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import ts from "typescript";
import { buildDecoderData, type DecoderData, parseDecoderData } from "../lib/decoder/data";
import { readArgs } from "./args";
import { contentOrExit } from "./content-or-exit";

const USAGE = `usage: tsx scripts/build-plugin.ts [--out DIR] [--data decoder.json | --overlay DIR] [--content-dir DIR]
  Bundles the remark plugin (packages/remark-mesh-atlas/src/index.ts) with everything it imports into DIR/index.js
  (default packages/remark-mesh-atlas/dist), with its type declarations, and writes the glossary it reads by
  default to DIR/decoder.json: built from content/ with a team's overlay merged (--overlay DIR or
  MESH_ATLAS_OVERLAY, as the site build), or a deployed site's decoder.json given with --data, checked first.`;

const PACKAGE = "packages/remark-mesh-atlas";
const ENTRY = path.join(PACKAGE, "src/index.ts");

export type PluginBuild = { files: { name: string; bytes: number; gzip: number }[] };

/** Writes the standalone plugin into `out`: the bundle, its declarations, and `data` as its default glossary. */
export async function buildPlugin(out: string, data: DecoderData): Promise<PluginBuild> {
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [ENTRY],
    outfile: path.join(out, "index.js"),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    metafile: true,
    logLevel: "warning",
    // Bundled code is shipped to other projects: keep the licence comments the packages carry.
    legalComments: "eof",
  });
  writeFileSync(path.join(out, "decoder.json"), JSON.stringify(data));
  // So a copied dist/ on its own still loads as ESM.
  writeFileSync(path.join(out, "package.json"), `${JSON.stringify({ type: "module" })}\n`);
  writeFileSync(path.join(out, "index.d.ts"), declarations());
  // Only the files whose code is in the bundle: tree shaking leaves out most of what was read (the parser).
  const used = Object.values(result.metafile.outputs).flatMap((o) =>
    Object.entries(o.inputs).flatMap(([file, { bytesInOutput }]) => (bytesInOutput > 0 ? [file] : [])),
  );
  writeFileSync(path.join(out, "THIRD-PARTY-LICENSES.txt"), thirdPartyLicenses(used));
  const files = ["index.js", "decoder.json", "index.d.ts"].map((name) => {
    const bytes = readFileSync(path.join(out, name));
    return { name, bytes: bytes.length, gzip: gzipSync(bytes).length };
  });
  return { files };
}

/**
 * The plugin's declarations, from its one source file alone: its public types are declared there without
 * imports from the repository, so the result stands on its own (it imports only `mdast` and `unified` types).
 */
function declarations(): string {
  const out = ts.transpileDeclaration(readFileSync(ENTRY, "utf8"), {
    fileName: "index.ts",
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    reportDiagnostics: true,
  });
  const problems = (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (problems.length > 0) throw new Error(`${ENTRY}: cannot declare its types on its own:\n${problems.join("\n")}`);
  // A public type taken from lib/ would leave an import the package cannot resolve.
  const relative = [...out.outputText.matchAll(/from "(\.[^"]*)"/g)].map((m) => m[1]);
  if (relative.length > 0)
    throw new Error(`${ENTRY}: its declarations import ${relative.join(", ")}; declare public types in the file`);
  return out.outputText;
}

/** The licence of every package the bundle took code from: MIT and the like ask for their notice to travel. */
function thirdPartyLicenses(inputs: string[]): string {
  const roots = new Set<string>();
  for (const input of inputs) {
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m?.[1]) roots.add(m[1]);
  }
  return [...roots]
    .sort()
    .map((root) => {
      const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
        name: string;
        version: string;
        license?: string;
      };
      const file = ["LICENSE", "LICENSE.md", "license", "license.md", "LICENCE"].find((f) =>
        existsSync(path.join(root, f)),
      );
      const text = file ? readFileSync(path.join(root, file), "utf8").trim() : `(no licence file; ${pkg.license})`;
      return `${pkg.name}@${pkg.version} (${pkg.license ?? "unknown"})\n\n${text}\n`;
    })
    .join(`\n${"-".repeat(72)}\n\n`);
}

function readData(values: { data?: string; overlay: string; "content-dir": string }): DecoderData {
  if (values.data) return parseDecoderData(JSON.parse(readFileSync(values.data, "utf8")), values.data);
  // As the site build does: loading the content reads the overlay from the environment.
  if (values.overlay) process.env.MESH_ATLAS_OVERLAY = path.resolve(values.overlay);
  return buildDecoderData(contentOrExit(values["content-dir"]));
}

async function main(): Promise<void> {
  const { values } = readArgs(USAGE, {
    options: {
      out: { type: "string", default: path.join(PACKAGE, "dist") },
      data: { type: "string" },
      overlay: { type: "string", default: "" },
      "content-dir": { type: "string", default: "content" },
    },
  });
  if (values.data && values.overlay) {
    console.error(
      "build-plugin: --data is a built glossary; an overlay cannot be merged into it (give one of the two)",
    );
    process.exit(2);
  }
  if (values.data && process.env.MESH_ATLAS_OVERLAY)
    console.error(`build-plugin: MESH_ATLAS_OVERLAY is ignored: the glossary is ${values.data} as given`);
  const data = readData(values);
  const { files } = await buildPlugin(values.out, data);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  for (const f of files) console.log(`${path.join(values.out, f.name)}  ${kb(f.bytes)} (${kb(f.gzip)} gzip)`);
  console.log(`remark-mesh-atlas built with ${data.terms.length} terms${values.data ? ` from ${values.data}` : ""}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
