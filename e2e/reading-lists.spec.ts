import { expect, test } from "@playwright/test";

test("progress is kept in the browser, survives a reload and can be reset", async ({ page }) => {
  await page.goto("reading-lists/security/");
  const boxes = page.getByRole("checkbox");
  const total = await boxes.count();
  expect(total).toBeGreaterThan(5);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(page.getByText(`2 of ${total} steps done`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox").nth(0)).toBeChecked();
  await expect(page.getByRole("checkbox").nth(2)).toBeChecked();
  await page.goto("reading-lists/");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Mesh security" }).getByText(`2 of ${total} done`),
  ).toBeVisible();
  await page.goto("reading-lists/security/");
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByText(`0 of ${total} steps done`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox").nth(0)).not.toBeChecked();
});

test("copy as Markdown puts the list on the clipboard with links to the address it was served from, and the progress", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("reading-lists/mental-model/");
  await page.getByRole("checkbox").nth(1).check();
  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toMatch(/^# .+\n/);
  expect(markdown).toContain(`Source: ${baseURL}reading-lists/mental-model/`);
  expect(markdown).toMatch(/^\*\*Progress:\*\* 1 of \d+ steps done/m);
  const steps = markdown.split("\n").filter((l) => l.startsWith("- ["));
  expect(steps[1]).toMatch(/^- \[x\] /);
  expect(steps.filter((l) => l.startsWith("- [x]"))).toHaveLength(1);
  expect(steps[0]).toMatch(new RegExp(`^- \\[ \\] \\[.+\\]\\((${baseURL}|https://)[^)]+\\) \\(\\d+ min\\): `));
  expect(markdown).not.toMatch(/\]\(\/[^/]/);
  expect(markdown).not.toContain("localhost:3000");
});

test("the printed page drops navigation and shows link URLs", async ({ page }) => {
  await page.goto("reading-lists/debugging/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  const after = await page
    .locator("a[data-print-url]")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toMatch(/https?:\/\//);
  const internal = await page
    .locator("a[data-print-url^='http://127'], a[data-print-url^='http://localhost']")
    .first()
    .getAttribute("data-print-url");
  expect(internal?.startsWith(new URL(page.url()).origin)).toBe(true);
});

test("reading lists join search as kind list, and term pages say which lists they are in", async ({ page }) => {
  await page.goto("search/?q=debugging%20istio");
  await expect(page.getByRole("region", { name: "Reading lists" }).getByRole("link").first()).toHaveAttribute(
    "href",
    /\/reading-lists\/debugging\/$/,
  );
  await page.goto("glossary/peer-authentication/");
  await expect(page.getByRole("complementary", { name: "In reading lists" }).getByRole("link").first()).toBeVisible();
});

test("the debugging list walks from a 503 to its cause through the error pages", async ({ page }) => {
  await page.goto("reading-lists/debugging/");
  const stage = page.getByRole("region", { name: /From a 503 in the log to its cause/ });
  await expect(stage.getByText("Error code").first()).toBeVisible();
  await stage.getByRole("link", { name: /^UF: / }).click();
  await expect(page).toHaveURL(/\/errors\/uf\/$/);
});
