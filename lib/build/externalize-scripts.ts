import { createHash } from "node:crypto";
import { CONTENT_SECURITY_POLICY } from "./csp";

export type ScriptFile = { name: string; code: string };
export type ExternalizedPage = { html: string; scripts: ScriptFile[] };

/**
 * The HTML parser ends a script element's text at the first `</script` (followed by whitespace, `/` or `>`), and
 * React escapes that sequence inside the inline data it writes, so this pattern finds exactly the elements a
 * browser would.
 */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;
const HAS_SRC = /(?:^|\s)src\s*=/i;
const HEAD_OPEN = /<head\b[^>]*>/i;
const CHARSET = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i;

/** A short content hash: identical inline scripts on different pages share one cached file. */
function fileName(code: string): string {
  return `${createHash("sha256").update(code).digest("base64url").slice(0, 20)}.js`;
}

/**
 * Moves every inline script of an exported page into a file and puts the page's CSP in a `<meta>` tag. A run of
 * adjacent attribute-less inline scripts (Next writes its page data as dozens of them in a row) becomes one file;
 * each becomes a `<script src>` in the same place: a classic script with `src` and without `async`/`defer`
 * runs at the same point of parsing, so Next's bootstrap order holds.
 */
export function externalizeScripts(html: string, scriptUrlPrefix: string): ExternalizedPage {
  const scripts: ScriptFile[] = [];
  const inline = [...html.matchAll(SCRIPT)].filter((m) => !HAS_SRC.test(m[1] ?? "") && (m[2] ?? "").trim() !== "");
  let rewritten = "";
  let at = 0;
  for (let i = 0; i < inline.length; i++) {
    const first = inline[i] as RegExpExecArray;
    const attrs = first[1] ?? "";
    const codes = [first[2] ?? ""];
    let end = (first.index ?? 0) + first[0].length;
    // Merge the next scripts while only whitespace separates them and neither carries attributes.
    while (attrs.trim() === "" && i + 1 < inline.length) {
      const next = inline[i + 1] as RegExpExecArray;
      if ((next[1] ?? "").trim() !== "" || html.slice(end, next.index).trim() !== "") break;
      codes.push(next[2] ?? "");
      end = (next.index ?? 0) + next[0].length;
      i++;
    }
    const code = codes.join(";\n");
    const name = fileName(code);
    scripts.push({ name, code });
    // The match ends one character past `</script`: `>` normally, or the space or slash before it.
    const last = html.slice(end - 1, end);
    rewritten += `${html.slice(at, first.index)}<script${attrs} src="${scriptUrlPrefix}${name}"></script${last}`;
    at = end;
  }
  rewritten += html.slice(at);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  const charset = CHARSET.exec(rewritten);
  const head = HEAD_OPEN.exec(rewritten);
  const anchor = charset ?? head;
  if (!anchor) throw new Error("no <head> to put the Content-Security-Policy in");
  const metaAt = anchor.index + anchor[0].length;
  return { html: `${rewritten.slice(0, metaAt)}${meta}${rewritten.slice(metaAt)}`, scripts };
}
