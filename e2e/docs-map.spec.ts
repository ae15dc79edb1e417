import { expect, test } from "@playwright/test";

test("a deep link opens the sections above the page and marks it; the older link to the overview forwards", async ({
  page,
}) => {
  await page.goto("docs-map/#tasks/traffic-management/ingress/secure-ingress");
  await expect(page).toHaveURL(/\/docs-map\/tasks\/#tasks\/traffic-management\/ingress\/secure-ingress$/);
  const node = page.locator('[id="tasks/traffic-management/ingress/secure-ingress"]');
  await expect(node.getByRole("link", { name: "Secure Gateways", exact: true })).toBeVisible();
  await expect(node.getByRole("link", { name: "Secure Gateways", exact: true })).toHaveAttribute(
    "href",
    "https://istio.io/v1.27/docs/tasks/traffic-management/ingress/secure-ingress/",
  );
  // Its summary shows; the questions it answers and its terms are one click away.
  await expect(node.locator(".docs-summary").first()).toBeVisible();
  const more = node.locator("details.docs-more").first();
  await expect(more.getByRole("listitem").first()).toBeHidden();
  await more.locator("summary").click();
  await expect(more.getByRole("listitem").first()).toBeVisible();
  await expect(more.getByRole("link").first()).toHaveAttribute("href", /\/glossary\//);
  await expect(node).toHaveClass(/docs-target/);
  await expect(node).toBeInViewport();
});

test("the overview lists every page by title and leads to its section's page", async ({ page }) => {
  await page.goto("docs-map/");
  const sections = page.getByRole("navigation", { name: "Sections" });
  await expect(sections.getByRole("link")).toHaveCount(9);
  const tree = page.locator("#docs-tree");
  expect(await tree.locator("[data-docs-node]").count()).toBeGreaterThan(340);
  // Summaries of single pages live on the section pages, not here.
  await expect(tree.locator(".docs-answers")).toHaveCount(0);
  await sections.getByRole("link", { name: "Operations" }).click();
  await expect(page).toHaveURL(/\/docs-map\/ops\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Operations");
  await expect(page.locator("#docs-tree .docs-summary").first()).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Other sections" }).getByRole("link", { name: /Releases/ }),
  ).toBeVisible();
});

test("a section's filter says how many pages match in other sections and leads there", async ({ page }) => {
  await page.goto("docs-map/examples/");
  await page.getByLabel("Filter pages by title, heading, keyword or question").fill("sni routing");
  const elsewhere = page.getByRole("link", { name: /more in other sections/ });
  await expect(elsewhere).toBeVisible();
  await elsewhere.click();
  await expect(page).toHaveURL(/\/docs-map\/\?filter=sni\+routing$/);
  await expect(page.getByLabel("Filter pages by title, heading, keyword or question")).toHaveValue("sni routing");
  await expect(page.getByRole("link", { name: "Secure Gateways", exact: true })).toBeVisible();
});

test("the map says which release it reflects and where its links go", async ({ page }) => {
  await page.goto("docs-map/");
  await expect(page.getByRole("note")).toContainText("Istio 1.27 docs");
  await expect(page.getByRole("note")).toContainText("v1.27 copy");
});

test("filtering finds a page by a question it answers", async ({ page }) => {
  await page.goto("docs-map/");
  await page.getByLabel("Filter pages by title, heading, keyword or question").fill("wrong version number");
  await expect(page.getByText(/\d+ pages? match/)).toBeVisible();
});

test("filter as you type over titles and headings", async ({ page }) => {
  await page.goto("docs-map/");
  await page.getByLabel("Filter pages by title, heading, keyword or question").fill("sni routing");
  await expect(page.getByRole("link", { name: "Secure Gateways", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Getting Started", exact: true })).toBeHidden();
  await expect(page.getByText(/\d+ pages? match/)).toBeVisible();
});

test("docs pages join search, grouped, with their section path", async ({ page }) => {
  await page.goto("search/?q=ingress%20tls");
  const docs = page.getByRole("region", { name: "Docs pages" });
  await expect(docs.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/istio\.io\/v1\.27\/docs\//);
  await expect(docs.getByText(/Tasks › Traffic Management › Ingress/).first()).toBeVisible();
});

test("a term page lists the docs pages that cover it, and a comparison card", async ({ page }) => {
  await page.goto("glossary/gateway/");
  const docs = page.getByRole("complementary", { name: "In the Istio docs" });
  await expect(docs.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/istio\.io\//);
  const compared = page.getByRole("complementary", { name: "Compared side by side" });
  await compared.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/compare\/gateways\/$/);
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Which one do I need?" })).toBeVisible();
});

test("the crosswalk links each hop to its senses and names the command", async ({ page }) => {
  await page.goto("crosswalk/");
  const hops = page.locator(".hop");
  expect(await hops.count()).toBeGreaterThanOrEqual(8);
  await expect(hops.first().getByRole("link").first()).toHaveAttribute("href", /\/glossary\/[a-z0-9-]+\//);
  await expect(hops.first().getByText(/istioctl proxy-config/)).toBeVisible();
});

test("the release switch moves links to the picked release, marks the pages it lacks, and is remembered", async ({
  page,
}) => {
  await page.goto("docs-map/overview/");
  const quickstart = page.locator('[id="overview/quickstart"]');
  const title = quickstart.getByRole("link", { name: "Quickstart", exact: true });
  await expect(title).toHaveAttribute("href", "https://istio.io/v1.27/docs/overview/quickstart/");
  await expect(quickstart.getByText("Not in 1.26")).toBeHidden();

  await page.getByLabel("Istio release").selectOption("1.26");
  await expect(page).toHaveURL(/\?release=1\.26$/);
  await expect(title).toHaveAttribute("href", "https://istio.io/v1.26/docs/overview/quickstart/");
  await expect(quickstart.getByText("Not in 1.26")).toBeVisible();
  await expect(page.locator(".release-picker")).toContainText("1 page here differs in 1.26");

  // Remembered on another section's page, and followed by search results.
  await page.goto("docs-map/tasks/");
  await expect(page.getByLabel("Istio release")).toHaveValue("1.26");
  await expect(page.locator("a[data-docs-link]").first()).toHaveAttribute(
    "href",
    /^https:\/\/istio\.io\/v1\.26\/docs\//,
  );
  await page.goto("glossary/cluster/");
  const inTheDocs = page.getByRole("complementary", { name: "In the Istio docs" });
  await expect(inTheDocs).toContainText("Links go to the Istio 1.26 docs");
  await expect(inTheDocs.locator("a[data-docs-link]").first()).toHaveAttribute(
    "href",
    /^https:\/\/istio\.io\/v1\.26\/docs\//,
  );
  await page.goto(`search/?q=${encodeURIComponent("secure gateways")}`);
  await expect(page.locator('a.result-link[href^="https://istio.io/"]').first()).toHaveAttribute(
    "href",
    /^https:\/\/istio\.io\/v1\.26\/docs\//,
  );

  // A shared link names its release; picking the map's own takes the parameter away.
  await page.goto("docs-map/overview/?release=1.25");
  await expect(page.getByLabel("Istio release")).toHaveValue("1.25");
  await expect(quickstart.getByText("Not in 1.25")).toBeVisible();
  await page.getByLabel("Istio release").selectOption("1.27");
  await expect(page).toHaveURL(/\/docs-map\/overview\/$/);
  await expect(title).toHaveAttribute("href", "https://istio.io/v1.27/docs/overview/quickstart/");
});
