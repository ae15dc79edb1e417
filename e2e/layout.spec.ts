import { readdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

/** Pasted strings with nowhere to break: an Envoy cluster name, a SPIFFE id, an access-log line. */
const PASTED = [
  "outbound|9080||reviews.default.svc.cluster.local",
  "spiffe://cluster.local/ns/bookinfo-production/sa/bookinfo-reviews-service-account",
  '[2026-11-30T10:00:00.000Z] "GET /api/v1/products/0123456789abcdef0123456789abcdef HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 3 - "-" "curl/8.5.0" "5f0c6d2e-aaaa-bbbb-cccc-0123456789ab" "productpage.bookinfo-production.svc.cluster.local:9080" "10.244.1.17:9080" outbound|9080||productpage.bookinfo-production.svc.cluster.local',
];

const widest = (page: Page) =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

const PATHS = [
  ...PAGE_TYPES,
  "docs-map/reference/",
  ...PASTED.map((p) => `search/?q=${encodeURIComponent(p)}`),
  `decode/#${new URLSearchParams({ text: PASTED.join("\n") })}`,
];

for (const width of [320, 390]) {
  test(`nothing is wider than a ${width} px screen, on every page type and with pasted strings`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const wide: string[] = [];
    for (const path of PATHS) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const w = await widest(page);
      if (w > width) wide.push(`${path}: ${w} px`);
    }
    expect(wide).toEqual([]);
  });
}

test("no term or error page is wider than a 320 px screen", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const slugs = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => f.slice(0, -3));
  const wide: string[] = [];
  for (const path of [
    ...slugs("content/glossary").map((s) => `glossary/${s}/`),
    ...slugs("content/errors").map((s) => `errors/${s}/`),
  ]) {
    await page.goto(path, { waitUntil: "domcontentloaded" });
    const w = await widest(page);
    if (w > 320) wide.push(`${path}: ${w} px`);
  }
  expect(wide).toEqual([]);
});

test("on a phone a wide comparison table scrolls sideways with whole words and its row labels held", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("compare/gateways/");
  const table = page.locator(".prose table").first();
  const label = table.locator("tbody tr").first().locator("> :first-child");
  const before = await label.boundingBox();
  const sizes = await table.evaluate((t) => ({ scroll: t.scrollWidth, client: t.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  // No word in the table is split over two lines (a word split by the browser has two line boxes).
  const split = await table.evaluate((t) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(t, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      for (const m of text.matchAll(/[A-Za-z]{4,}/g)) {
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        if (range.getClientRects().length > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
  expect(split).toEqual([]);
  await table.evaluate((t) => {
    t.scrollLeft = 250;
  });
  const after = await label.boundingBox();
  expect(after?.x).toBeCloseTo(before?.x ?? -1, 0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
