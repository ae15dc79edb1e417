import { expect, test } from "@playwright/test";

test("home: type a word and reach a sense with the keyboard only", async ({ page }) => {
  await page.goto("./");
  const box = page.getByRole("combobox", { name: "Search the glossary and docs" });
  await expect(box).toBeFocused();
  await box.pressSequentially("cluster");
  const list = page.getByRole("listbox", { name: "Suggestions" }).last();
  await expect(list.getByRole("option").first()).toContainText("Cluster");
  await box.press("ArrowDown");
  await box.press("ArrowDown");
  await expect(list.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/glossary\/cluster\/#[a-z-]+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Cluster" })).toBeVisible();
});

test("Escape closes the suggestions and Enter without a choice opens the results page", async ({ page }) => {
  await page.goto("./");
  const box = page.getByRole("combobox", { name: "Search the glossary and docs" });
  await box.fill("gateway");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=gateway$/);
});

test("a wiki link to /search/?q=registry shows ranked results", async ({ page }) => {
  await page.goto("search/?q=registry");
  await expect(page.getByRole("searchbox", { name: "Search query" })).toHaveValue("registry");
  const first = page
    .getByRole("list")
    .filter({ has: page.getByRole("link") })
    .first()
    .getByRole("link")
    .first();
  await expect(first).toHaveAttribute("href", /\/glossary\/registry\/#/);
  await expect(page.locator("mark").first()).toHaveText(/registry/i);
});

test("typing on the results page keeps the URL in step", async ({ page }) => {
  await page.goto("search/");
  await page.getByRole("searchbox", { name: "Search query" }).fill("headless");
  await expect(page).toHaveURL(/\/search\/\?q=headless$/);
  await expect(page.getByRole("link", { name: /Headless Service/ }).first()).toBeVisible();
});

test("/ and Ctrl+K focus search from any page", async ({ page }) => {
  await page.goto("glossary/registry/");
  const box = page.getByRole("combobox", { name: "Search" });
  // The shortcut exists once the page has hydrated; retry the key press until it has.
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(box).toBeFocused({ timeout: 500 });
  }).toPass();
  await box.blur();
  await page.keyboard.press("Control+k");
  await expect(box).toBeFocused();
});

test("wiki links without the trailing slash keep their query and anchor", async ({ page }) => {
  await page.goto("search?q=registry");
  await expect(page.getByRole("searchbox", { name: "Search query" })).toHaveValue("registry");
  await expect(
    page
      .getByRole("region", { name: /Terms|Which did you mean/ })
      .getByRole("link")
      .first(),
  ).toHaveAttribute("href", /\/glossary\/registry\/#/);
  await page.goto("glossary/cluster#envoy");
  await expect(page.locator('[id="envoy"]')).toBeInViewport();
});
