import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const LOG_LINE =
  '[2026-11-30T09:14:02.733Z] "GET /reviews/7 HTTP/1.1" 503 UF upstream_reset_before_response_started{remote_connection_failure} - "-" 0 91 2 - "-" "curl/8.5.0" "4e2a9d10" "reviews:9080" "10.244.2.31:9080" outbound|9080||reviews.shop.svc.cluster.local - 10.96.41.12:9080 10.244.1.17:48230 - default';

test("a pasted access-log line leads from the search box to its flag, a command that confirms it and a glossary sense", async ({
  page,
}) => {
  await page.goto("./");
  await page.getByRole("combobox").first().fill(LOG_LINE);
  const errors = page.getByRole("group", { name: "Errors and codes" });
  await errors.getByRole("option", { name: /^UF/ }).first().click();
  await expect(page).toHaveURL(/\/errors\/uf\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("UF");
  // Each cause says how to confirm it.
  const causes = page.getByRole("region", { name: /Likely causes/ });
  await expect(causes.locator("pre.command").first()).toContainText(/kubectl|istioctl/);
  await page.getByRole("region", { name: "The words involved" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
});

test("the errors index filters by kind and component and keeps the choice in the URL", async ({ page }) => {
  await page.goto("errors/");
  const items = page.locator("#error-list li[data-item]");
  const all = await items.count();
  expect(all).toBeGreaterThan(100);
  await page.getByLabel("Kind").selectOption("response-flag");
  await expect(page).toHaveURL(/kind=response-flag/);
  await expect(page.getByRole("link", { name: "UF", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "IST0101", exact: true })).toBeHidden();
  await page.getByLabel("Code or text").fill("retry");
  await expect(page.getByRole("link", { name: "URX", exact: true })).toBeVisible();
});

test("a term page lists the error codes that involve it", async ({ page }) => {
  await page.goto("glossary/outlier-detection/");
  const aside = page.getByRole("complementary", { name: "Errors and codes" });
  await expect(aside.getByRole("link").first()).toHaveAttribute("href", /\/errors\//);
});

for (const scheme of ["light", "dark"] as const) {
  test(`an error page is accessible and fits a phone (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("errors/ist0101/");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
}
