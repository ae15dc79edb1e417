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
