import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "./page-types";

for (const scheme of ["light", "dark"] as const) {
  for (const path of PAGE_TYPES) {
    test(`no serious or critical accessibility violations: ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
        .analyze();
      const bad = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join("; ")})`,
        );
      expect(bad).toEqual([]);
    });
  }
}

test("the search box and its suggestions are usable with the keyboard alone", async ({ page }) => {
  await page.goto("glossary/");
  // The "/" shortcut is bound once the page's script has run; on a busy machine that can trail the load event.
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("/");
  await page.keyboard.type("gateway");
  await page.keyboard.press("ArrowDown");
  await expect(
    page.getByRole("listbox", { name: "Suggestions" }).getByRole("option", { selected: true }),
  ).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include(".site-header").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
