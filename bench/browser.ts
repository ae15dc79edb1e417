import { type Browser, chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";

export type BrowserTimings = {
  /** Home page (search-first: it loads the index at once), focus and first query to results. */
  firstResultsMs: number;
  /**
   * A term page's header box once the page has settled: the page got the engine and the index's first part
   * ready on idle (an answer page does), so focus finds them in.
   */
  firstResultsColdMs?: number;
  /** The home page as above on a throttled phone: 4x slower CPU, Chrome's "Slow 4G" network. */
  firstResultsPhoneMs?: number;
  /** The term page's header box on the throttled phone, the page settled as above. */
  firstResultsPhoneColdMs?: number;
  /**
   * The same, tapped the moment the page has loaded, before it is idle: the worst case, what the engine and
   * index cost when they cross Slow 4G after the tap.
   */
  firstResultsPhoneAtLoadMs?: number;
  keystrokeMedianMs: number;
  keystrokeP95Ms: number;
  queries: number;
};

/**
 * In Chromium against the served site: first focus to first results (loading the index included), then
 * keystroke to results rendered for each query with the index loaded. "Rendered" is when React has committed
 * the suggestions for that query to the DOM (the listbox's data-results-for says which query they answer).
 *
 * Types `query` into the page's search box (the home page's, else the header's) and times it to results. With
 * `untilTaken`, the page may not be hydrated yet (typed the moment it loaded): the input is sent again every
 * 50 ms until the box opens, and the time still runs from the first try.
 */
function typeAndTime(page: Page, query: string, untilTaken = false): Promise<number> {
  return page.evaluate(
    async ([q, retry]) => {
      const input =
        document.querySelector<HTMLInputElement>("[data-primary-search]") ??
        document.querySelector<HTMLInputElement>("[data-search-input]");
      const list = input?.parentElement?.querySelector<HTMLElement>("[role=listbox]");
      if (!input || !list) throw new Error("no search box");
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
      const done = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (list.dataset.resultsFor === q) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(list, { attributes: true, attributeFilter: ["data-results-for"] });
      });
      const t0 = performance.now();
      // No named functions in here (tsx would wrap them in a helper the page does not have): a plain loop.
      for (let tries = 0; ; tries++) {
        if (tries === 0 || list.hidden) {
          input.focus();
          setter?.call(input, q);
          input.dispatchEvent(new Event("input", { bubbles: true }));
        }
        if (!retry) break;
        await new Promise((r) => setTimeout(r, 50));
        if (!list.hidden || list.dataset.resultsFor === q) break;
      }
      await done;
      return performance.now() - t0;
    },
    [query, untilTaken] as const,
  );
}

/** Chrome DevTools' "Slow 4G" preset (latency and throughput as DevTools applies them) and a 4x slower CPU. */
async function throttledPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  return page;
}

export async function browserTimings(baseUrl: string, queries: string[]): Promise<BrowserTimings> {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const cold = await browser.newPage();
    await cold.goto(new URL("glossary/cluster/", baseUrl).href);
    await cold.waitForLoadState("networkidle");
    const firstResultsColdMs = await typeAndTime(cold, queries[0] ?? "cluster");
    await cold.close();

    const phone = await throttledPage(browser);
    await phone.goto(baseUrl);
    await phone.waitForLoadState("networkidle");
    const firstResultsPhoneMs = await typeAndTime(phone, queries[0] ?? "cluster");
    await phone.close();
    const phoneCold = await throttledPage(browser);
    await phoneCold.goto(new URL("glossary/cluster/", baseUrl).href);
    await phoneCold.waitForLoadState("networkidle");
    const firstResultsPhoneColdMs = await typeAndTime(phoneCold, queries[0] ?? "cluster");
    await phoneCold.close();
    const phoneAtLoad = await throttledPage(browser);
    await phoneAtLoad.goto(new URL("glossary/cluster/", baseUrl).href, { waitUntil: "load" });
    const firstResultsPhoneAtLoadMs = await typeAndTime(phoneAtLoad, queries[0] ?? "cluster", true);
    await phoneAtLoad.close();

    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.waitForLoadState("networkidle");
    const type = (q: string) => typeAndTime(page, q);
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
      firstResultsColdMs: round(firstResultsColdMs),
      firstResultsPhoneMs: round(firstResultsPhoneMs),
      firstResultsPhoneColdMs: round(firstResultsPhoneColdMs),
      firstResultsPhoneAtLoadMs: round(firstResultsPhoneAtLoadMs),
      keystrokeMedianMs: round(at(0.5)),
      keystrokeP95Ms: round(at(0.95)),
      queries: times.length,
    };
  } finally {
    await browser.close();
  }
}

const round = (x: number) => Math.round(x * 100) / 100;
