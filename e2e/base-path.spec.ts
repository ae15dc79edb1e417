import { expect, test } from "@playwright/test";

// Runs against the build in out-base/, hosted below /mesh-atlas/ (see playwright.config.ts).
test("search, term pages and assets work below a base path", async ({ page }) => {
  await page.goto("./");
  const box = page.getByRole("combobox", { name: "Search the glossary and docs" });
  await box.fill("cluster");
  // The index loads on first focus; choose only once the suggestions are there.
  await expect(page.getByRole("listbox", { name: "Suggestions" }).last().getByRole("option").first()).toContainText(
    "Cluster",
  );
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/mesh-atlas\/glossary\/cluster\/#[a-z-]+$/);
  await expect(page.getByRole("link", { name: "Glossary", exact: true }).first()).toHaveAttribute(
    "href",
    "/mesh-atlas/glossary/",
  );
});

test("short links, the results page, the JSON API and OpenSearch carry the base path", async ({ page, request }) => {
  await page.goto("go/vs/");
  await expect(page).toHaveURL(/\/mesh-atlas\/glossary\/virtual-service\/$/);
  await page.goto("search/?q=registry");
  await expect(page.getByRole("link", { name: /Registry/ }).first()).toHaveAttribute(
    "href",
    /^\/mesh-atlas\/glossary\/registry\/#/,
  );
  expect((await request.get("api/terms.json")).ok()).toBe(true);
  expect(await (await request.get("opensearch.xml")).text()).toContain("/mesh-atlas/search/?q={searchTerms}");
  await page.goto("decode/#text=the%20Envoy%20cluster");
  await expect(
    page.getByRole("region", { name: "Decoded" }).getByRole("button", { name: "Envoy cluster" }),
  ).toBeVisible();
});

test("renamed entries and senses keep their old links, fragment included", async ({ page }) => {
  await page.goto("glossary/dataplane-mode/#istio");
  await expect(page).toHaveURL(/\/mesh-atlas\/glossary\/data-plane-mode\/#istio$/);
  await page.goto("glossary/cluster/#multicluster-member");
  await expect(page.locator("section#istio")).toBeInViewport();
});

test("content pages link to their file in the repository when a repository URL is configured", async ({ page }) => {
  for (const [path, file] of <const>[
    ["glossary/cluster/", "content/glossary/cluster.md"],
    ["compare/gateways/", "content/compare/gateways.md"],
    ["reading-lists/security/", "content/reading-lists/security.md"],
    ["crosswalk/", "content/crosswalk.md"],
  ]) {
    await page.goto(path);
    const edit = page.getByRole("link", { name: "Edit this page" });
    await expect(edit).toHaveAttribute("href", `https://git.example.com/platform/mesh-atlas/-/edit/main/${file}`);
    await expect(edit).toHaveAttribute("rel", "noopener noreferrer");
  }
});
