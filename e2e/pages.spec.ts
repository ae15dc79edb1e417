import { expect, test } from "@playwright/test";

test("the glossary filter narrows the list by context and keeps it in the URL", async ({ page }) => {
  await page.goto("glossary/");
  const items = page.locator("#glossary-list li[data-item]");
  const all = await items.count();
  expect(all).toBeGreaterThan(10);
  await page.getByLabel("Context").selectOption("envoy");
  await expect(page).toHaveURL(/context=envoy/);
  await expect(page.getByRole("link", { name: "Cluster", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Pod", exact: true })).toBeHidden();
  const shown = await items.filter({ visible: true }).count();
  expect(shown).toBeLessThan(all);
  await page.getByLabel("Name").fill("listen");
  await expect(page.getByRole("link", { name: "Listener", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cluster", exact: true })).toBeHidden();
});

test("the glossary filter finds a term by an alias its page does not show", async ({ page }) => {
  await page.goto("glossary/");
  // Aliases are fetched when the filter is first typed in, not carried by the page.
  const names = page.waitForResponse((r) => r.url().endsWith("/glossary/names.json"));
  await page.getByLabel("Name").fill("destinationrules");
  expect((await names).ok()).toBe(true);
  await expect(page.getByRole("link", { name: "DestinationRule", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "VirtualService", exact: true })).toBeHidden();
  await expect(page).toHaveURL(/filter=destinationrules/);
});

test("a term page shows each sense with its anchor, badge and official links", async ({ page }) => {
  await page.goto("glossary/gateway/");
  await expect(page.getByRole("heading", { level: 1, name: "Gateway" })).toBeVisible();
  const senses = page.locator(".sense-card");
  expect(await senses.count()).toBeGreaterThanOrEqual(3);
  for (const card of await senses.all()) {
    await expect(card).toHaveAttribute("id", /^[a-z0-9-]+$/);
    await expect(card.locator(".badge")).toBeVisible();
    await expect(card.getByRole("link").first()).toHaveAttribute("href", /^https:\/\//);
  }
  await expect(page.getByRole("button", { name: /Copy link to/ }).first()).toBeVisible();
  // Which release its facts were checked against, and when.
  await expect(page.locator(".checked-against")).toContainText(/Checked against Istio 1\.\d+.* in \w+ 20\d\d\./);
});

test("backticked names in a definition show as code, on the term page and the A-Z list", async ({ page }) => {
  await page.goto("glossary/host/");
  await expect(page.locator("#istio .short code").first()).toHaveText("host");
  await expect(page.locator("#istio .short")).not.toContainText("`");
  await page.goto("glossary/");
  await expect(page.locator("#glossary-list .sense-lines code", { hasText: "corsPolicy" })).toBeVisible();
});

test("the 404 page suggests terms close to the missing path", async ({ page }) => {
  const response = await page.goto("glossary/virtal-servce/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Did you mean" })).toBeVisible();
  await expect(page.getByRole("link", { name: "VirtualService" })).toHaveAttribute(
    "href",
    /\/glossary\/virtual-service\/$/,
  );
});

for (const path of ["./", "glossary/", "glossary/cluster/", "glossary/sidecar/", "search/?q=mtls", "nope/"]) {
  test(`no console errors on ${path}`, async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      // The 404 page's own document request is logged as a failed resource; that is the point of it.
      if (m.type() === "error" && !(path === "nope/" && m.text().includes("404"))) errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(path);
    await page.getByRole("combobox").first().focus();
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
  });
}

test("a saved dark theme applies before any app code runs (no light flash)", async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem("mesh-atlas:theme", "dark"));
  // With every Next.js chunk blocked, only the small head script can set the theme.
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, (route) => route.abort());
  await page.goto("glossary/cluster/");
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe("rgb(15, 20, 28)");
});
