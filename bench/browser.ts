import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

export type BrowserTimings = {
  firstResultsMs: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  queries: number;
};

/**
 * In Chromium against the served site: first focus to first results (loading the index included), then
 * keystroke to results rendered for each query with the index loaded. "Rendered" is when React has committed
 * the suggestions for that query to the DOM (the listbox's data-results-for says which query they answer).
 */
export async function browserTimings(baseUrl: string, queries: string[]): Promise<BrowserTimings> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.waitForLoadState("networkidle");
    const type = (q: string) =>
      page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>("[data-primary-search]");
        const list = input?.parentElement?.querySelector<HTMLElement>("[role=listbox]");
        if (!input || !list) throw new Error("no search box");
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        const done = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.dataset.resultsFor === query) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(list, { attributes: true, attributeFilter: ["data-results-for"] });
        });
        const t0 = performance.now();
        input.focus();
        setter?.call(input, query);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await done;
        return performance.now() - t0;
      }, q);
    const firstResultsMs = await type(queries[0] ?? "cluster");
    const times: number[] = [];
    let previous = queries[0] ?? "";
    // Each query differs from the one before, so every keystroke produces new results to wait for.
    for (const q of queries
      .slice(1)
      .filter((q) => q.trim())
      .slice(0, 50)) {
      if (q === previous) continue;
      times.push(await type(q));
      previous = q;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
    return {
      firstResultsMs: round(firstResultsMs),
      keystrokeMedianMs: round(at(0.5)),
      keystrokeP95Ms: round(at(0.95)),
      queries: times.length,
    };
  } finally {
    await browser.close();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
