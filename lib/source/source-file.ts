import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Problem } from "./problems";

const MAX_FILE_BYTES = 1024 * 1024;

/** A Markdown file with YAML front matter, parsed with every position kept for error messages. */
export type SourceFile = {
  file: string;
  data: unknown;
  body: string;
  /** 1-based line of the first body line in the original file. */
  bodyLine: number;
  /** Line and column of the value at a front-matter path (nearest existing ancestor when missing). */
  locate: (path: readonly PropertyKey[], key?: string) => { line: number; col: number };
};

type Read = { ok: true; source: SourceFile } | { ok: false; problems: Problem[] };

/** Position of the first byte that is not valid UTF-8, as line and column. */
function firstInvalidUtf8(bytes: Buffer): { line: number; col: number } {
  let line = 1;
  let col = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return { line, col };
    const chunk = bytes.subarray(i, i + len);
    if (chunk.length < len || new TextDecoder("utf-8", { fatal: false }).decode(chunk).includes("\uFFFD")) {
      return { line, col };
    }
    if (b === 0x0a) {
      line++;
      col = 1;
    } else col++;
    i += len;
  }
  return { line, col };
}

/** Normalises what is merely written differently (BOM, CRLF, trailing spaces) so it renders like its clean twin. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "");
}

/** The file's text, or a problem when it is too large or not UTF-8. */
function decodeFile(
  absPath: string,
  displayPath: string,
  maxBytes = MAX_FILE_BYTES,
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const fail = (line: number, col: number, message: string) => ({
    ok: false as const,
    problems: [{ file: displayPath, line, col, message }],
  });
  const bytes = readFileSync(absPath);
  if (bytes.length > maxBytes) {
    return fail(1, 1, `file is ${bytes.length} bytes; content files may be at most ${maxBytes} bytes`);
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail(at.line, at.col, "file is not valid UTF-8");
  }
}

export function readSourceFile(absPath: string, displayPath: string): Read {
  const fail = (line: number, col: number, message: string): Read => ({
    ok: false,
    problems: [{ file: displayPath, line, col, message }],
  });
  const decoded = decodeFile(absPath, displayPath);
  if (!decoded.ok) return decoded;
  const raw = decoded.text;
  const text = normaliseText(raw);
  if (text.trim() === "") return fail(1, 1, "file is empty; expected YAML front matter between --- lines");
  if (!text.startsWith("---\n")) return fail(1, 1, "file must start with YAML front matter (a line with ---)");
  const close = text.indexOf("\n---", 3);
  if (close === -1 || !/^\n---[ \t]*(\n|$)/.test(text.slice(close))) {
    return fail(1, 1, "front matter is not closed (no second --- line)");
  }

  // gray-matter splits the file; the yaml package parses so that every node keeps its position. gray-matter
  // hands the engine everything after the opening "---", newline included, so YAML lines count from line 1.
  let yaml: ParsedYaml | undefined;
  const parsed = matter(text, {
    engines: {
      yaml: (s: string) => {
        yaml = parseYaml(s, displayPath);
        return yaml.ok ? (yaml.data as object) : {};
      },
    },
  });
  if (!yaml) return fail(1, 1, "front matter is empty");
  if (!yaml.ok) return { ok: false, problems: yaml.problems };
  const bodyStart = text.length - parsed.content.length;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  const { locate } = yaml;
  return { ok: true, source: { file: displayPath, data: parsed.data, body: parsed.content, bodyLine, locate } };
}

/**
 * A JSON file's syntax error in JSON's own words, where JSON.parse stops (the YAML parser that reads it for
 * positions would describe a missing brace as a YAML indentation problem).
 */
function jsonProblem(text: string, displayPath: string): Problem | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const before = text.slice(0, offset).split("\n");
    return {
      file: displayPath,
      line: before.length,
      col: (before[before.length - 1]?.length ?? 0) + 1,
      message: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/ \(line \d+ column \d+\)$/, "")}`,
    };
  }
}

type ParsedYaml = { ok: true; data: unknown; locate: SourceFile["locate"] } | { ok: false; problems: Problem[] };

/** Parses YAML (or JSON, which YAML 1.2 reads alike) keeping every node's position for error messages. */
export function parseYaml(text: string, displayPath: string): ParsedYaml {
  if (displayPath.endsWith(".json")) {
    const bad = jsonProblem(text, displayPath);
    if (bad) return { ok: false, problems: [bad] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // The first error is the cause; the ones after it are the parser losing its footing.
    const e = doc.errors[0];
    const pos = e ? lineCounter.linePos(e.pos[0]) : { line: 1, col: 1 };
    const first = e?.message.split("\n")[0] ?? "unreadable YAML";
    return {
      ok: false,
      problems: [
        {
          file: displayPath,
          ...pos,
          message: `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, "")}`,
        },
      ],
    };
  }
  const position = (node: Node | null | undefined): { line: number; col: number } | undefined => {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset);
  };
  const locate = (path: readonly PropertyKey[], key?: string) => {
    let node: unknown = doc.contents;
    let best = position(doc.contents as Node) ?? { line: 2, col: 1 };
    const steps = key === undefined ? path : [...path, key];
    for (const [i, step] of steps.entries()) {
      const isKeyStep = key !== undefined && i === steps.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
        if (!pair) break;
        const at = position((isKeyStep ? pair.key : pair.value) as Node) ?? position(pair.key as Node);
        if (at) best = at;
        node = pair.value;
      } else if (isSeq(node) && typeof step === "number") {
        const item = node.items[step] as Node | undefined;
        if (!item) break;
        const at = position(item);
        if (at) best = at;
        node = item;
      } else break;
    }
    return best;
  };
  return { ok: true, data: doc.toJS(), locate };
}

/**
 * A whole YAML or JSON data file, read like a content file (size and encoding checked, positions kept), as a
 * source file with an empty body.
 */
export function readDataFile(absPath: string, displayPath: string, maxBytes = MAX_FILE_BYTES): Read {
  const text = decodeFile(absPath, displayPath, maxBytes);
  if (!text.ok) return text;
  const clean = normaliseText(text.text);
  if (absPath.endsWith(".json")) {
    // Generated JSON is large and nearly always valid: JSON.parse it, and parse it again with positions only
    // when a message needs a line (or when JSON.parse fails, to say where).
    try {
      const data: unknown = JSON.parse(clean);
      let located: ParsedYaml | undefined;
      const locate: SourceFile["locate"] = (path, key) => {
        located ??= parseYaml(clean, displayPath);
        return located.ok ? located.locate(path, key) : { line: 1, col: 1 };
      };
      return { ok: true, source: { file: displayPath, data, body: "", bodyLine: 1, locate } };
    } catch (e) {
      // The YAML parser says where most JSON breaks; what it accepts but JSON does not is reported as is.
      const located = parseYaml(clean, displayPath);
      if (!located.ok) return located;
      const message = `invalid JSON: ${(e as Error).message.split("\n")[0]}`;
      return { ok: false, problems: [{ file: displayPath, line: 1, col: 1, message }] };
    }
  }
  const parsed = parseYaml(clean, displayPath);
  if (!parsed.ok) return parsed;
  return { ok: true, source: { file: displayPath, data: parsed.data, body: "", bodyLine: 1, locate: parsed.locate } };
}
