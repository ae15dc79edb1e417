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

export function readSourceFile(absPath: string, displayPath: string): Read {
  const fail = (line: number, col: number, message: string): Read => ({
    ok: false,
    problems: [{ file: displayPath, line, col, message }],
  });
  const bytes = readFileSync(absPath);
  if (bytes.length > MAX_FILE_BYTES) {
    return fail(1, 1, `file is ${bytes.length} bytes; content files may be at most ${MAX_FILE_BYTES} bytes`);
  }
  let raw: string;
  try {
    raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return fail(at.line, at.col, "file is not valid UTF-8");
  }
  const text = normaliseText(raw);
  if (text.trim() === "") return fail(1, 1, "file is empty; expected YAML front matter between --- lines");
  if (!text.startsWith("---\n")) return fail(1, 1, "file must start with YAML front matter (a line with ---)");
  const close = text.indexOf("\n---", 3);
  if (close === -1 || !/^\n---[ \t]*(\n|$)/.test(text.slice(close))) {
    return fail(1, 1, "front matter is not closed (no second --- line)");
  }

  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument> | undefined;
  // gray-matter splits the file; the yaml package parses so that every node keeps its position.
  const parsed = matter(text, {
    engines: {
      yaml: (s: string) => {
        doc = parseDocument(s, { lineCounter, prettyErrors: false, uniqueKeys: true });
        return doc.errors.length > 0 ? {} : (doc.toJS() as object);
      },
    },
  });
  // gray-matter hands the engine everything after the opening "---", newline included, so YAML lines
  // already count from the file's first line.
  const fmLineOffset = 0;
  if (!doc) return fail(1, 1, "front matter is empty");
  if (doc.errors.length > 0) {
    // The first error is the cause; the ones after it are the parser losing its footing.
    const e = doc.errors[0];
    const pos = e ? lineCounter.linePos(e.pos[0]) : { line: 1, col: 1 };
    const first = e?.message.split("\n")[0] ?? "unreadable front matter";
    return fail(pos.line + fmLineOffset, pos.col, `invalid YAML: ${first.replace(/ at line \d+, column \d+:?$/, "")}`);
  }

  const bodyStart = text.length - parsed.content.length;
  const bodyLine = text.slice(0, bodyStart).split("\n").length;
  const yamlDoc = doc;

  const position = (node: Node | null | undefined): { line: number; col: number } | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const p = lineCounter.linePos(offset);
    return { line: p.line + fmLineOffset, col: p.col };
  };

  const locate = (path: readonly PropertyKey[], key?: string) => {
    let node: unknown = yamlDoc.contents;
    let best = position(yamlDoc.contents as Node) ?? { line: 2, col: 1 };
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

  return { ok: true, source: { file: displayPath, data: parsed.data, body: parsed.content, bodyLine, locate } };
}
