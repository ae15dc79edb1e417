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

test("'X vs Y' shows the comparison card that answers it, first", async ({ page }) => {
  await page.goto("search/?q=VirtualService%20vs%20Service");
  const cards = page.getByRole("region", { name: "Comparisons" });
  await expect(cards.getByRole("link").first()).toHaveAttribute("href", /\/compare\/service-routing-kinds\/$/);
  await expect(cards).toContainText("compares what you asked about");
});

test("a pasted ztunnel error leads to ztunnel, whose page lists the messages it prints", async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent("failed to fetch information about local workload")}`);
  const terms = page.getByRole("region", { name: "Terms" });
  await expect(terms.getByRole("link").first()).toHaveAttribute("href", /\/glossary\/ztunnel\/#istio$/);
  await expect(terms).toContainText("ztunnel prints this message");
  await terms.getByRole("link").first().click();
  const printed = page.getByRole("complementary", { name: "Messages ztunnel prints" });
  await expect(printed).toContainText("istio/ztunnel");
  await printed.getByText(/\d+ error messages/).click();
  await expect(printed.getByText("failed to fetch information about local workload: …")).toBeVisible();
});

test("a pasted validation rule leads to the webhook's error page, which lists the rules", async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent("HTTP route cannot contain both route and redirect")}`);
  const errors = page.getByRole("region", { name: "Errors and codes" });
  await expect(errors.getByRole("link").first()).toHaveAttribute("href", /\/errors\/validation-webhook-denied\/$/);
  await expect(errors).toContainText("its message, as the tool prints it");
  await errors.getByRole("link").first().click();
  const printed = page.getByRole("complementary", { name: "Messages this error carries" });
  await expect(printed).toContainText("istio/istio");
  await printed.getByText(/\d+ error messages/).click();
  await expect(printed.getByText("HTTP route cannot contain both route and redirect", { exact: true })).toBeVisible();
});

test("a result says why it matched, and the count is honest", async ({ page }) => {
  await page.goto("search/?q=DR");
  await expect(page.getByText(/also written “DR”/).first()).toBeVisible();
  await page.goto("search/?q=traffic");
  await expect(page.getByText(/The best 50 of \d+ results for “traffic”/)).toBeVisible();
});

test("nothing found is no dead end: close names, the docs map and the decoder", async ({ page }) => {
  await page.goto("search/?q=qqzz%20xyzzy");
  const none = page.getByRole("region", { name: "No results" });
  await expect(none.getByRole("link", { name: "docs map" })).toHaveAttribute("href", /\/docs-map\/$/);
  await expect(none.getByRole("link", { name: "decoder" })).toHaveAttribute("href", /\/decode\/#text=qqzz/);
  await page.goto("search/?q=ingres");
  await expect(page.getByRole("link", { name: /Ingress/ }).first()).toBeVisible();
});

for (const width of [1280, 390]) {
  test(`a sense chosen in search is marked and in view, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("glossary/service/");
    const box = page.getByRole("combobox", { name: "Search", exact: true });
    await box.fill("envoy cluster");
    const option = page
      .getByRole("listbox", { name: "Suggestions" })
      .last()
      .getByRole("option", { name: /Envoy upstream cluster/ })
      .first();
    await option.click();
    await expect(page).toHaveURL(/\/glossary\/cluster\/#envoy$/);
    const card = page.locator("section.sense-card#envoy");
    await expect(card).toHaveAttribute("data-targeted", "");
    await expect(card).toBeInViewport();
    expect(await page.locator("section.sense-card[data-targeted]").count()).toBe(1);
    // Another sense of the same term from the box on this page moves the mark.
    await box.fill("cluster in a multicluster mesh");
    await page
      .getByRole("listbox", { name: "Suggestions" })
      .last()
      .getByRole("option", { name: /Cluster in a multicluster mesh/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/glossary\/cluster\/#istio$/);
    await expect(page.locator("section.sense-card#istio")).toHaveAttribute("data-targeted", "");
    await expect(page.locator("section.sense-card#istio")).toBeInViewport();
    await expect(card).not.toHaveAttribute("data-targeted", "");
  });
}

test("the index is fetched on intent: on idle on an answer page (first part only), on a pointer on an overview, at once at home", async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/search-index")) fetched.push(new URL(r.url()).pathname);
  });
  // An overview with its own filter costs no search code or index until the box is approached.
  await page.goto("glossary/");
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
  await page.getByRole("combobox", { name: "Search", exact: true }).hover();
  await expect.poll(() => fetched).toEqual(["/search-index.json", "/search-index-rest.json"]);

  // A term page gets the first part ready once idle, without the docs pages, and answers the first query from it.
  const term = await page.context().newPage();
  const atTerm: string[] = [];
  term.on("request", (r) => {
    if (r.url().includes("/search-index")) atTerm.push(new URL(r.url()).pathname);
  });
  await term.goto("glossary/cluster/");
  await expect.poll(() => atTerm).toEqual(["/search-index.json"]);
  await term.waitForLoadState("networkidle");
  expect(atTerm).toEqual(["/search-index.json"]);
  await term.getByRole("combobox", { name: "Search", exact: true }).fill("sidecar");
  await expect(term.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first()).toContainText(
    /sidecar/i,
  );
  await expect.poll(() => atTerm).toEqual(["/search-index.json", "/search-index-rest.json"]);
  // The engine runs in a Web Worker, and the words it matched come back marked.
  expect(term.workers()).toHaveLength(1);
  await expect(term.getByRole("listbox", { name: "Suggestions" }).locator("mark").first()).toHaveText(/^sidecar/i);

  // Asking to save data turns the idle fetch off.
  const saving = await page.context().newPage();
  await saving.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true } }));
  const whenSaving: string[] = [];
  saving.on("request", (r) => {
    if (r.url().includes("/search-index")) whenSaving.push(new URL(r.url()).pathname);
  });
  await saving.goto("glossary/cluster/");
  await saving.waitForLoadState("networkidle");
  await saving.waitForTimeout(500);
  expect(whenSaving).toEqual([]);

  const home = await page.context().newPage();
  const atHome: string[] = [];
  home.on("request", (r) => {
    if (r.url().includes("/search-index")) atHome.push(new URL(r.url()).pathname);
  });
  await home.goto("./");
  await expect.poll(() => atHome).toEqual(["/search-index.json", "/search-index-rest.json"]);
});

test("when the docs pages' part of the index fails, the results page keeps the rest and says so", async ({ page }) => {
  await page.route("**/search-index-rest.json", (route) => route.fulfill({ status: 503, body: "" }));
  await page.goto("search/?q=cluster");
  await expect(page.getByText(/Docs pages could not be loaded/)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Terms" })
      .or(page.getByText(/Which did you mean/))
      .first(),
  ).toBeVisible();
  await expect(page.getByText("The search index could not be loaded.")).toHaveCount(0);
});

test("a config field's name finds the field at its anchor, the kind's entry and a page that uses it", async ({
  page,
}) => {
  await page.goto("search/?q=numTrustedProxies");
  const field = page.getByRole("link", { name: /^numTrustedProxies/ }).first();
  await expect(field).toHaveAttribute("href", /istio\.mesh\.v1alpha1\/#Topology-num_trusted_proxies$/);
  await expect(page.getByText("the field this page defines").first()).toBeVisible();
  await expect(page.getByText("uses “numTrustedProxies”").first()).toBeVisible();
  await expect(page.locator('a[href$="/glossary/mesh-config/#istio"]').first()).toBeVisible();
  await expect(page.getByText("the kind that holds field “numTrustedProxies”").first()).toBeVisible();
});
