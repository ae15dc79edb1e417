import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("decode text and YAML: underlines, a sense card on focus, and a one-click alternative", async ({ page }) => {
  await page.goto("decode/");
  const input = page.getByLabel("Text, YAML or log lines");
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
  await expect(page.getByLabel("Text, YAML or log lines")).toHaveValue("The sidecar injection failed");
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

test("on a phone a glossary link's card stays on the screen, whichever word was tapped", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("docs-map/tasks/");
  const links = page.locator(".docs-summary a.gloss-link");
  for (const i of [0, 1, 2]) {
    const link = links.nth(i);
    await link.focus();
    const card = page.locator(`[id="${await link.getAttribute("aria-describedby")}"]`);
    await expect(card).toBeVisible();
    const box = await card.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 800).toBe(true);
  }
});

test("the decoder's card never covers the word it was opened for, on a phone or a desktop", async ({ page }) => {
  for (const size of [
    { width: 390, height: 640 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await page.goto("decode/");
    await page
      .getByLabel("Text, YAML or log lines")
      .fill("Our upstream cluster lost its hosts after the Kubernetes cluster upgrade.\n".repeat(12));
    const word = page
      .getByRole("region", { name: "Decoded" })
      .getByRole("button", { name: "upstream cluster" })
      .first();
    // Focus scrolls the word only just into view, at the foot of the screen, where the card sticks.
    await word.focus();
    const card = page.locator(".sense-popover");
    await expect(card).toBeVisible();
    await expect
      .poll(async () => {
        const [w, c] = [await word.boundingBox(), await card.boundingBox()];
        return w !== null && c !== null && w.y >= 0 && w.y + w.height <= c.y;
      })
      .toBe(true);
  }
});

const LOG_LINE =
  '[2026-11-30T09:14:05.101Z] "GET /ratings/1 HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 30 - "-" "Go-http-client/1.1" "8c1d" "ratings:9080" "10.244.3.9:9080" outbound|9080|v2|ratings.shop.svc.cluster.local - 10.96.7.200:9080 10.244.1.17:51122 - -';

test("a pasted access-log line: each flag boxed and linked, the cluster name taken apart, on to the flag's page and a glossary sense", async ({
  page,
}) => {
  await page.goto("decode/");
  await page.getByLabel("Text, YAML or log lines").fill(LOG_LINE);
  const output = page.getByRole("region", { name: "Decoded" });
  const flag = output.getByRole("button", { name: "UF", exact: true });
  await expect(flag).toHaveClass(/mention-code/);
  await expect(output.getByRole("button", { name: "URX", exact: true })).toHaveClass(/mention-code/);
  // The cluster name's parts, each explained with its sense.
  const cluster = page.getByRole("region", { name: "Envoy cluster name" });
  await expect(cluster).toContainText("the service port the cluster sends to");
  await expect(cluster.getByRole("link", { name: "DestinationRule subset" })).toHaveAttribute(
    "href",
    /\/glossary\/subset\/#istio$/,
  );
  // Port 9080 is its own mark: focusing it says what it is.
  await output.getByRole("button", { name: "9080", exact: true }).focus();
  await expect(page.locator(".sense-popover")).toContainText("Part of an Envoy cluster name");
  await flag.click();
  const card = page.locator(".sense-popover");
  await expect(card).toContainText("Envoy response flag");
  await card.getByRole("link", { name: /UF/ }).click();
  await expect(page).toHaveURL(/\/errors\/uf\/$/);
  const causes = page.getByRole("region", { name: /Likely causes/ });
  await expect(causes.locator("pre.command").first()).toContainText(/kubectl|istioctl/);
  await page.getByRole("region", { name: "The words involved" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
});

test("a 5 MB paste and binary garbage each get a clear message, and the page stays usable", async ({ page }) => {
  await page.goto("decode/");
  const input = page.getByLabel("Text, YAML or log lines");
  // As a paste does: the whole value at once and one input event (fill types 5 MB far more slowly).
  await input.evaluate(
    (el, text) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
      setValue?.call(el, text);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    },
    `${LOG_LINE}\n`.repeat(Math.ceil(5_000_000 / (LOG_LINE.length + 1))),
  );
  const notice = page.getByRole("status").filter({ hasText: "characters long" });
  // Reading 200,000 characters takes a second or two on a busy 2-core machine: the bound is "no hang".
  await expect(notice).toContainText("read the first 200,000", { timeout: 30_000 });
  // The marks render after the notice: on the same busy machine that can take past the default 5 s.
  await expect(page.getByRole("region", { name: "Decoded" }).getByRole("button", { name: "UF" }).first()).toBeVisible({
    timeout: 30_000,
  });
  await input.fill("\u0000\u0001PK\u0003\u0004 binary 503 UF \u0007\u0008");
  await expect(page.getByRole("status")).toContainText("control characters", { timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Decoded" }).getByRole("button", { name: "UF" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`a decoded example with a card open is accessible and fits a phone (${scheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("decode/");
    await page.getByRole("button", { name: "Try an example" }).click();
    const output = page.getByRole("region", { name: "Decoded" });
    await output.getByRole("button", { name: "UF", exact: true }).click();
    await expect(page.locator(".sense-popover")).toBeVisible();
    // A tapped word near the bottom is scrolled above the card, not hidden under it.
    const low = output.getByRole("button", { name: "gatewayClassName", exact: true });
    await low.click();
    await expect
      .poll(async () => {
        const word = await low.boundingBox();
        const card = await page.locator(".sense-popover").boundingBox();
        return word && card ? word.y + word.height <= card.y : false;
      })
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
}
