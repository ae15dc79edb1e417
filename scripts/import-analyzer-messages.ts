import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import * as z from "zod";

/**
 * Copies what `istioctl analyze` prints for each analyzer code (the `template` of istio/istio's
 * pkg/config/analysis/msg/messages.yaml) into the `printed` field of our analyzer error pages, so search knows
 * a pasted analyzer line by its wording. Only that one line of each page's front matter is written.
 */
const USAGE = "usage: tsx scripts/import-analyzer-messages.ts <messages.yaml> [--errors content/errors]";

const messagesSchema = z.object({
  messages: z.array(z.object({ name: z.string(), code: z.string(), template: z.string() })),
});

const args = process.argv.slice(2);
const file = args[0];
const dirFlag = args.indexOf("--errors");
const dir = dirFlag >= 0 ? (args[dirFlag + 1] ?? "") : path.join("content", "errors");
if (!file) {
  console.error(USAGE);
  process.exit(2);
}
const parsed = messagesSchema.safeParse(parse(readFileSync(file, "utf8")));
if (!parsed.success) {
  console.error(`${file}: not istio's messages.yaml: ${parsed.error.issues[0]?.message ?? ""}`);
  process.exit(1);
}
const templates = new Map(parsed.data.messages.map((m) => [m.code, m.template]));

let written = 0;
const without: string[] = [];
for (const name of readdirSync(dir).sort()) {
  if (!name.endsWith(".md")) continue;
  const abs = path.join(dir, name);
  const text = readFileSync(abs, "utf8");
  const lines = text.split("\n");
  const end = lines.indexOf("---", 1);
  const front = lines.slice(1, end);
  if (!front.includes("kind: analyzer")) continue;
  const code =
    front
      .find((l) => l.startsWith("code: "))
      ?.slice(6)
      .replace(/"/g, "") ?? "";
  const template = templates.get(code);
  const kept = front.filter((l) => !l.startsWith("printed: "));
  if (!template) {
    without.push(code);
    if (kept.length === front.length) continue;
  } else {
    const at = kept.findIndex((l) => l.startsWith("names: "));
    kept.splice(at >= 0 ? at + 1 : kept.length, 0, `printed: ${JSON.stringify(template)}`);
  }
  const next = [lines[0], ...kept, ...lines.slice(end)].join("\n");
  if (next !== text) {
    writeFileSync(abs, next);
    written++;
  }
}
console.log(`${written} pages updated from ${file}`);
if (without.length > 0) console.log(`no template for: ${without.join(", ")}`);
