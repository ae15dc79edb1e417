import { expect, test } from "@playwright/test";

test("decode text and YAML: underlines, a sense card on focus, and a one-click alternative", async ({ page }) => {
  await page.goto("decode/");
  const input = page.getByLabel("Text, Markdown or YAML");
  await input.fill(
    "Run istioctl proxy-config cluster on the pod.\n\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: web\n",
  );
  const output = page.getByRole("region", { name: "Decoded" });
  const cluster = output.getByRole("button", { name: "cluster", exact: true });
  await expect(cluster).toHaveAttribute("data-context", "envoy");
  await cluster.focus();
  const card = page.locator(".sense-popover");
  await expect(card).toContainText("Envoy upstream cluster");
  await expect(card).toContainText(/Confidence \d+%/);
  await card.getByRole("button", { name: /Kubernetes cluster/ }).click();
  await expect(cluster).toHaveAttribute("data-context", "kubernetes");
  await expect(output.getByRole("button", { name: "Gateway", exact: true })).toHaveAttribute(
    "data-context",
    "gateway-api",
  );
  await expect(output.getByRole("link", { name: /Gateway: Gateway API Gateway/ })).toHaveAttribute(
    "href",
    /\/glossary\/gateway\/#gateway-api$/,
  );
});

test("a share link carries a short passage in the URL fragment", async ({ page }) => {
  await page.goto("decode/#text=The%20sidecar%20injection%20failed");
  await expect(page.getByLabel("Text, Markdown or YAML")).toHaveValue("The sidecar injection failed");
  await expect(
    page.getByRole("region", { name: "Decoded" }).getByRole("button", { name: "sidecar injection" }),
  ).toBeVisible();
});

test("glossary links in our own prose carry a hover card that keyboard focus opens", async ({ page }) => {
  await page.goto("glossary/subset/");
  const link = page.locator(".term-body a.gloss-link").first();
  await expect(link).toHaveAttribute("href", /\/glossary\/[a-z0-9-]+\/#[a-z0-9-]+$/);
  await expect(page.locator('.term-body a.gloss-link[href^="/glossary/subset/"]')).toHaveCount(0);
  await link.focus();
  const card = page.locator(`[id="${await link.getAttribute("aria-describedby")}"]`);
  await expect(card).toBeVisible();
});
