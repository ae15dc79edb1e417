import { cpSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * The content the base-path end-to-end build uses: a copy of `content/` plus the entries in
 * `e2e/fixtures/glossary/` (script payloads in every field), so the tests can check they render as text. The
 * copy sits in a `content/` folder of its own so that "edit this page" paths read as in the repository.
 */
const target = process.argv[2] ?? "out-base/e2e-repo/content";
rmSync(target, { recursive: true, force: true });
cpSync("content", target, { recursive: true });
const fixtures = "e2e/fixtures/glossary";
for (const file of readdirSync(fixtures)) cpSync(path.join(fixtures, file), path.join(target, "glossary", file));
console.log(`e2e content in ${target}/`);
