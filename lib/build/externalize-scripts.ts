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
 * Moves every inline script of an exported page into its own file and puts the page's CSP in a `<meta>` tag.
 * Each `<script>…</script>` becomes `<script src>` in the same place with the same attributes: a classic script
 * with `src` and without `async`/`defer` runs at the same point of parsing, so Next's bootstrap order holds.
 */
export function externalizeScripts(html: string, scriptUrlPrefix: string): ExternalizedPage {
  const scripts: ScriptFile[] = [];
  const rewritten = html.replace(SCRIPT, (element, attrs: string, code: string) => {
    if (HAS_SRC.test(attrs) || code.trim() === "") return element;
    const name = fileName(code);
    scripts.push({ name, code });
    const closing = element.slice(element.length - "</script>".length);
    return `<script${attrs} src="${scriptUrlPrefix}${name}">${closing}`;
  });
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
  const charset = CHARSET.exec(rewritten);
  const head = HEAD_OPEN.exec(rewritten);
  const anchor = charset ?? head;
  if (!anchor) throw new Error("no <head> to put the Content-Security-Policy in");
  const at = anchor.index + anchor[0].length;
  return { html: `${rewritten.slice(0, at)}${meta}${rewritten.slice(at)}`, scripts };
}
