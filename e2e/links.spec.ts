import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import Ajv2020 from "ajv/dist/2020.js";

const OUT = "out";

test("the static JSON API validates against its published JSON Schemas", async ({ request }) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = (schemaFile: string, dataFile: string) => {
    const schema = JSON.parse(readFileSync(path.join(OUT, "api", "schema", schemaFile), "utf8"));
    const data = JSON.parse(readFileSync(path.join(OUT, dataFile), "utf8"));
    const ok = ajv.validate(schema, data);
    expect(ok, `${dataFile}: ${ajv.errorsText()}`).toBe(true);
    return data;
  };
  const terms = validate("terms.json", "api/terms.json") as { terms: { slug: string }[] };
  expect(terms.terms.length).toBeGreaterThan(150);
  const files = readdirSync(path.join(OUT, "api", "terms")).filter((f) => f.endsWith(".json"));
  expect(files.length).toBe(terms.terms.length);
  for (const f of files) validate("term.json", path.join("api", "terms", f));
  const map = validate("docs-map.json", "api/docs-map.json") as {
    pages: { id: string; uses: { name: string; count: number }[] }[];
  };
  const topology = map.pages.find(
    (p) => p.id === "/latest/docs/ops/configuration/traffic-management/network-topologies/",
  );
  expect(topology?.uses.map((u) => u.name)).toContain("numTrustedProxies");
  validate("reading-lists.json", "api/reading-lists.json");
  const errors = validate("errors.json", "api/errors.json") as { errors: { code: string; printed: string | null }[] };
  expect(errors.errors.map((e) => e.code)).toEqual(expect.arrayContaining(["UF", "NR", "IST0101"]));
  expect(errors.errors.find((e) => e.code === "IST0101")?.printed).toBe("Referenced %s not found: %q");
  const res = await request.get("api/terms/cluster.json");
  expect(res.headers()["content-type"]).toMatch(/application\/json/);
  expect((await res.json()).senses.map((s: { id: string }) => s.id)).toContain("envoy");
});

test("short links go to their term, for slugs, kinds and abbreviations", async ({ page }) => {
  for (const [word, slug] of [
    ["vs", "virtual-service"],
    ["destinationrule", "destination-rule"],
    ["cluster", "cluster"],
  ] as const) {
    await page.goto(`go/${word}/`);
    await expect(page).toHaveURL(new RegExp(`/glossary/${slug}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});

test("short links ignore case and keep the sense they name", async ({ page }) => {
  await page.goto("go/VS/");
  await expect(page).toHaveURL(/\/glossary\/virtual-service\/$/);
  await page.goto("go/envoy-cluster/");
  await expect(page).toHaveURL(/\/glossary\/cluster\/#envoy$/);
  await page.goto("go/Kubernetes%20Cluster/");
  await expect(page).toHaveURL(/\/glossary\/cluster\/#kubernetes$/);
});

test("a short link page shows the link for readers whose browser does not redirect", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const html = await (await page.request.get("go/vs/")).text();
  expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/glossary\/virtual-service\/"/);
  expect(html).toMatch(/href="\/glossary\/virtual-service\/"/);
  await context.close();
});

test("?highlight= marks the word on a term page and shows the query as text, never markup", async ({ page }) => {
  await page.goto("glossary/cluster/?highlight=outbound");
  await expect(page.locator("mark[data-highlight]").first()).toHaveText(/outbound/i);
  let dialog = false;
  page.on("dialog", () => {
    dialog = true;
  });
  await page.goto(`glossary/cluster/?highlight=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
  await expect(page.getByRole("heading", { level: 1, name: "Cluster" })).toBeVisible();
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialog).toBe(false);
});

test("every page links the OpenSearch description, which points at /search/?q= on the address it was served from", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("glossary/");
  const href = await page.locator('link[rel="search"]').getAttribute("href");
  expect(href).toMatch(/\/opensearch\.xml$/);
  const xml = await (await request.get("opensearch.xml")).text();
  expect(xml).toContain(`template="${baseURL}search/?q={searchTerms}"`);
  expect(xml).not.toContain("localhost:3000");
});

test("script payloads in ?q= show as text and never run", async ({ page }) => {
  let dialog = false;
  page.on("dialog", () => {
    dialog = true;
  });
  const payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.goto(`search/?q=${encodeURIComponent(payload)}`);
  await expect(page.getByRole("searchbox", { name: "Search query" })).toHaveValue(payload);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialog).toBe(false);
});

test("a renamed sense keeps its old anchor, and a renamed entry redirects with the fragment", async ({ page }) => {
  await page.goto("glossary/cluster/#multicluster-member");
  await expect(page.locator("section#istio")).toBeInViewport();
  await expect(page.locator("section#istio")).toHaveCSS("box-shadow", /rgb/);
  await page.goto("glossary/dataplane-mode/#istio");
  await expect(page).toHaveURL(/\/glossary\/data-plane-mode\/#istio$/);
  await expect(page.getByRole("heading", { level: 1, name: "Data plane mode" })).toBeVisible();
});

test("a renamed entry's old address still redirects without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("glossary/dataplane-mode/");
  await expect(page).toHaveURL(/\/glossary\/data-plane-mode\/$/);
  await context.close();
});

test("without a configured repository URL, pages show no edit link", async ({ page }) => {
  await page.goto("glossary/cluster/");
  await expect(page.getByRole("heading", { level: 1, name: "Cluster" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit this page" })).toHaveCount(0);
});
