import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { test } from "node:test";

/** Every TypeScript file below a folder, test files included: a test is code that imports too. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    // dist/: a package's build output (packages/*/dist), not code anyone edits.
    if (name === "node_modules" || name.startsWith(".") || name === "__fixtures__" || name === "dist") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Module specifiers of every static `import ... from` and `export ... from` and of `import(...)`. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const statements = text.matchAll(/^(?:(?:import|export)\b[^;"]*?\bfrom\s+|import\s+)"([^"]+)"/gm);
  const dynamic = text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g);
  return [...statements, ...dynamic].flatMap((m) => (m[1] ? [m[1]] : []));
}

/** `lib/search/engine.ts` -> "lib/search"; files directly in lib/ are units of their own. */
function unitOf(file: string): string {
  const parts = file.split(path.sep);
  return parts[0] === "lib" && parts.length > 2 ? `lib/${parts[1]}` : file;
}

function resolve(from: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2);
  if (spec.startsWith(".")) return path.normalize(path.join(path.dirname(from), spec));
  return null;
}

test("no folder of lib/ imports another that imports it back", () => {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles("lib")) {
    const from = unitOf(file);
    for (const spec of importsOf(file)) {
      const target = resolve(file, spec);
      if (!target?.startsWith("lib")) continue;
      const to = unitOf(target.replace(/\.tsx?$/, ""));
      if (to === from || to.replace(/\.tsx?$/, "") === from.replace(/\.tsx?$/, "")) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      edges.get(from)?.set(to, file);
    }
  }
  const cycles: string[] = [];
  for (const [a, targets] of edges) {
    for (const [b, file] of targets) {
      const back = edges.get(b)?.get(a);
      if (back && a < b) cycles.push(`${a} <-> ${b} (${file}; ${back})`);
    }
  }
  assert.deepEqual(cycles, []);
});

test("every package the code imports is declared in package.json", () => {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
  const builtin = new Set(builtinModules);
  const missing = new Set<string>();
  for (const dir of ["lib", "app", "components", "scripts", "bench", "e2e", "packages", "extension"]) {
    for (const file of sourceFiles(dir)) {
      for (const spec of importsOf(file)) {
        // A leading "/" is a URL the browser resolves (a page script), not a package.
        if (/^(\.|@\/|node:|\/)/.test(spec) || builtin.has(spec)) continue;
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);
        // Type-only packages of the DefinitelyTyped kind come as @types/<name>.
        if (!declared.has(name) && !declared.has(`@types/${name}`)) missing.add(`${name} (${file})`);
      }
    }
  }
  assert.deepEqual([...missing], []);
});
