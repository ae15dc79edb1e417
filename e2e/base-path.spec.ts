import { expect, test } from "@playwright/test";

// Runs against the build in out-base/, hosted below /mesh-atlas/ (see playwright.config.ts). That build is an
// organisation's (with the overlay fixture) and searches the sharded index (MESH_ATLAS_SEARCH_SHARDS=on).
test("search, term pages and assets work below a base path", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto("./");
  const box = page.getByRole("combobox", { name: "Search the glossary and docs" });
  await box.fill("cluster");
  // The index loads on first focus; choose only once the suggestions are there.
  await expect(page.getByRole("listbox", { name: "Suggestions" }).last().getByRole("option").first()).toContainText(
    "Cluster",
  );
  // The sharded index: its head, some buckets and records, never the whole index's parts.
  expect(fetched).toContain("/mesh-atlas/search-shards/head.json");
  expect(fetched.filter((p) => p.startsWith("/mesh-atlas/search-shards/r/")).length).toBeGreaterThan(0);
  expect(fetched.filter((p) => p.includes("search-index"))).toEqual([]);
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

test("a content entry with script payloads in every field renders them as text", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto("glossary/script-payloads/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Payload probe <img src=x onerror=alert(1)>");
  const sense = page.locator("section#general");
  await expect(sense).toContainText("Label <svg onload=alert(4)>");
  await expect(sense).toContainText("carries a script payload <script>alert(5)</script>.");
  await expect(sense).toContainText("<img src=x onerror=alert(6)>");
  await expect(sense).toContainText("Docs <b onmouseover=alert(7)>title</b>");
  await expect(sense).toContainText("<script>alert(8)</script>");
  await expect(page.locator("main")).toContainText("<script>alert(9)</script>");
  // The same entry in the index, the glossary list and search suggestions.
  await page.goto("glossary/");
  await expect(page.getByRole("link", { name: /Payload probe <img/ })).toBeVisible();
  await page.getByRole("combobox").first().fill("payload probe");
  await expect(page.getByRole("option").first()).toContainText("Payload probe <img src=x onerror=alert(1)>");
  expect(await page.locator("img[src=x], svg[onload], b[onmouseover], main script").count()).toBe(0);
  expect(dialog).toBe(false);
});

test("a team's overlay (e2e/fixtures/overlay): its entry is found, its sense on a built-in term says so", async ({
  page,
}) => {
  await page.goto("./");
  const box = page.getByRole("combobox", { name: "Search the glossary and docs" });
  await box.fill("fleetctl");
  // The sense's own label: until the index is in, the only option is "all results for fleetctl".
  const option = page
    .getByRole("listbox", { name: "Suggestions" })
    .last()
    .getByRole("option", { name: /Platform fleet CLI/ })
    .first();
  await option.click();
  await expect(page).toHaveURL(/\/mesh-atlas\/glossary\/fleetctl\/#tool$/);
  await expect(page.locator("section#tool .team-badge")).toHaveText("Your team");

  await page.goto("glossary/cluster/#fleet");
  const fleet = page.locator("section#fleet");
  await expect(fleet.getByRole("heading", { name: "Fleet cluster (platform portal)" })).toBeVisible();
  await expect(fleet.locator(".team-badge")).toHaveText("Your team");
  await expect(fleet.getByRole("heading", { name: "Team docs" })).toBeVisible();
  // The built-in senses are not marked.
  await expect(page.locator("section#envoy .team-badge")).toHaveCount(0);

  await page.goto(
    `decode/#text=${encodeURIComponent("Each fleet cluster in the platform portal runs one Istio revision.")}`,
  );
  await expect(
    page.getByRole("region", { name: "Decoded" }).getByRole("button", { name: /fleet cluster/ }),
  ).toBeVisible();
});
