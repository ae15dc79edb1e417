import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchWithExtension } from "../e2e/extension-harness";
import type { TabStats } from "../extension/src/protocol";
import type { Content } from "../lib/content/load";
import { buildExtension } from "../scripts/build-extension";
import { pct } from "./util";

/** Where the long page is served: a default host, so the extension marks it as it would a real docs page. */
const LONG_URL = "https://istio.io/latest/docs/bench/long-page/";

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A docs-like page of at least `words` words written from our own glossary: per term a heading, its body's
 * paragraphs and each sense's definition, and its examples as code blocks, about as dense in terms as a docs page.
 */
export function longPage(content: Content, words = 5000): { html: string; words: number } {
  const parts: string[] = [];
  let count = 0;
  for (const e of content.glossary) {
    if (count >= words) break;
    const paras = e.body
      .split(/\n{2,}/)
      .filter((p) => p.trim() && !p.startsWith("#") && !p.startsWith("|") && !p.startsWith("```"))
      .map((p) => p.replace(/[*_`[\]]|\(http[^)]*\)/g, "").trim());
    const text = [...e.senses.map((s) => `${s.label}: ${s.short}`), ...paras];
    parts.push(`<h2>${escapeHtml(e.term)}</h2>`, ...text.map((t) => `<p>${escapeHtml(t)}</p>`));
    for (const s of e.senses) if (s.example) parts.push(`<pre><code>${escapeHtml(s.example)}</code></pre>`);
    count += text.join(" ").split(/\s+/).length;
  }
  return {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long page</title></head><body><main><article><h1>Long page</h1>${parts.join("\n")}</article></main></body></html>`,
    words: count,
  };
}

export type ExtensionBench = {
  words: number;
  marks: number;
  /** Main-thread time on the page (collecting text, wrapping marks), median and worst of the runs. */
  mainThreadMs: number;
  mainThreadMaxMs: number;
  /** The background's reading of the page's text, median: off the page's main thread. */
  readMs: number;
  runs: number;
  /** The unpacked extension: every file, and the content script injected into each page, gzip. */
  bundle: { totalKB: number; totalGzipKB: number; contentScriptGzipKB: number; backgroundGzipKB: number };
};

const median = (xs: number[]) => pct(xs, 0.5);

/** Builds the extension from the site's decoder.json and marks the long page `runs` times, each in a fresh tab. */
export async function extensionBench(content: Content, runs = 5): Promise<ExtensionBench> {
  const { dir } = await buildExtension({
    out: path.resolve("out-extension/bench"),
    site: "http://localhost:3000/",
    hosts: [],
    data: "out/decoder.json",
  });
  const page = longPage(content);
  const b = await launchWithExtension(dir.chromium, { pages: { [LONG_URL]: page.html } });
  const stats: TabStats[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const tab = await b.context.newPage();
      await tab.goto(LONG_URL);
      const s = await (async () => {
        for (let t = 0; t < 100; t++) {
          const all = (await b.worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, TabStats>;
          const fresh = Object.values(all).filter((x) => !stats.some((y) => y.at === x.at));
          if (fresh[0]) return fresh[0];
          await tab.waitForTimeout(100);
        }
        throw new Error("the extension did not report marking the long page");
      })();
      stats.push(s);
      await tab.close();
    }
  } finally {
    await b.close();
  }
  const files = [
    "content.js",
    "background.js",
    "popup.js",
    "options.js",
    "decoder.json",
    "marks.css",
    "popup.html",
    "options.html",
    "pages.css",
    "manifest.json",
  ];
  const bytes = (f: string) => statSync(path.join(dir.chromium, f)).size;
  const gz = (f: string) => gzipSync(readFileSync(path.join(dir.chromium, f))).length;
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    words: stats[0]?.words ?? page.words,
    marks: stats[0]?.marks ?? 0,
    mainThreadMs: median(stats.map((s) => s.mainThreadMs)),
    mainThreadMaxMs: Math.max(...stats.map((s) => s.mainThreadMs)),
    readMs: median(stats.map((s) => s.readMs)),
    runs,
    bundle: {
      totalKB: kb(files.reduce((n, f) => n + bytes(f), 0)),
      totalGzipKB: kb(files.reduce((n, f) => n + gz(f), 0)),
      contentScriptGzipKB: kb(gz("content.js")),
      backgroundGzipKB: kb(gz("background.js")),
    },
  };
}
