import type { z } from "zod";
import type { Problem } from "./problems";
import type { SourceFile } from "./source-file";

/** `senses[0].docs[1].url` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

/** The value at a path of the parsed front matter, for messages that say what was found. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[step];
  }
  return node;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  array: "a list",
  object: "a mapping of fields (key: value lines)",
  string: "text",
  number: "a number",
  boolean: "true or false",
};

function explain(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case "invalid_value":
      return `is ${shown(found)}; it must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_type":
      if (found === undefined || found === null) return "is required";
      return `must be ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}, not ${shown(found)}`;
    default:
      return issue.message;
  }
}

/** Turns a failed front-matter parse into problems that point at the offending key or value. */
export function zodProblems(error: z.ZodError, source: SourceFile, prefix: readonly PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const at = source.locate(path, key);
        const where = formatPath([...path, key]);
        problems.push({ file: source.file, ...at, message: `unknown field \`${where}\`` });
      }
      continue;
    }
    const at = source.locate(path);
    const where = path.length > 0 ? `\`${formatPath(path)}\` ` : "the front matter ";
    problems.push({ file: source.file, ...at, message: `${where}${explain(issue, valueAt(source.data, path))}` });
  }
  return problems;
}
