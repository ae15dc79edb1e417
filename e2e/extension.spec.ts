import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { buildExtension } from "../scripts/build-extension";
import { type ExtensionBrowser, FIXTURE_URLS, launchWithExtension, WIKI_HOST } from "./extension-harness";

/**
 * The browser extension, unpacked in Chromium, on local fixture pages at the addresses it covers: a docs page,
 * an issue thread and a team wiki with a strict CSP. Built here from the site's own decoder.json, as a team
 * would build it for its deployment.
 */

const SITE = "http://127.0.0.1:4173/";
let dir = "";

// In order, in one worker: each test starts its own Chromium, and the build in beforeAll writes one folder.
test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  const built = await buildExtension({
    out: path.resolve("out-extension/e2e"),
    site: SITE,
    hosts: [WIKI_HOST],
    data: "out/decoder.json",
  });
  dir = built.dir.chromium;
});

let browser: ExtensionBrowser;
let errors: string[] = [];

test.afterEach(async () => {
  await browser?.close();
});

async function open(url: string, opts: Parameters<typeof launchWithExtension>[1] = {}): Promise<Page> {
  browser = await launchWithExtension(dir, opts);
  errors = [];
  const page = await browser.context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await expect(page.locator("mesh-atlas-mark").first()).toBeAttached();
  return page;
}

/** Each mark as "text=context". */
const marks = (page: Page) =>
  page
    .locator("mesh-atlas-mark")
    .evaluateAll((els) => els.map((e) => `${e.textContent}=${(e as HTMLElement).dataset.context}`));

const setSettings = (b: ExtensionBrowser, change: Record<string, unknown>) =>
  b.worker.evaluate((c) => chrome.storage.sync.set(c), change);

test("on a docs page each word gets the sense its own sentence gives it, prose and code, once per section", async () => {
  const page = await open(FIXTURE_URLS.docs);
  const found = await marks(page);
  // The same word, three senses, each from the words next to it.
  expect(found).toContain("Kubernetes clusters=kubernetes");
  expect(found).toContain("cluster=envoy"); // after `istioctl proxy-config cluster`
  expect(found).toContain("Endpoints object=kubernetes");
  expect(found).toContain("Gateway=gateway-api"); // a Gateway API resource, with gatewayClassName
  expect(found).toContain("gatewayClassName=gateway-api");
  // Column headers of pasted output and YAML keys are read too.
  expect(found).toContain("SUBSET=istio");
  // Not in the site header, navigation or footer; never in a heading or a link.
  expect(
    await page
      .locator(
        "header mesh-atlas-mark, footer mesh-atlas-mark, h1 mesh-atlas-mark, h2 mesh-atlas-mark, a mesh-atlas-mark",
      )
      .count(),
  ).toBe(0);
  // The first mention of each sense per section: "sidecar" is marked in two sections, once in each.
  const perSection = await page.locator("article").evaluate((a) => {
    const counts: Record<string, number>[] = [{}];
    for (const el of a.querySelectorAll("h2, mesh-atlas-mark")) {
      if (el.tagName === "H2") counts.push({});
      else {
        const c = counts[counts.length - 1] as Record<string, number>;
        const key = `${(el.textContent ?? "").toLowerCase()} ${(el as HTMLElement).dataset.context}`;
        c[key] = (c[key] ?? 0) + 1;
      }
    }
    return counts;
  });
  for (const section of perSection) for (const n of Object.values(section)) expect(n).toBe(1);
  expect(errors).toEqual([]);
});

test("a card opens by mouse and by keyboard, says why, and links to the configured Mesh Atlas", async () => {
  const page = await open(FIXTURE_URLS.docs);
  const card = page.locator("mesh-atlas-card");
  const cluster = page.locator("mesh-atlas-mark", { hasText: /^cluster$/ }).first();
  await cluster.hover();
  await expect(card).toBeVisible();
  await expect(card.getByRole("dialog")).toContainText("Envoy");
  await expect(card.getByRole("dialog")).toContainText("Why this sense");
  const link = card.getByRole("link", { name: "Open in Mesh Atlas" });
  await expect(link).toHaveAttribute("href", `${SITE}glossary/cluster/#envoy`);
  await expect(cluster).toHaveAttribute("aria-expanded", "true");

  // Keyboard: Tab reaches a mark and shows its card; Enter moves into it; Escape closes it and returns.
  await page.mouse.move(0, 0);
  await page.locator("main p").first().click();
  await page.keyboard.press("Tab");
  const focused = page.locator("mesh-atlas-mark:focus");
  await expect(focused).toHaveCount(1);
  await expect(card).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(link).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(focused).toHaveCount(1);
  expect(errors).toEqual([]);

  // What the extension adds passes axe's checks, marks and the open card alike.
  await cluster.hover();
  await expect(card).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include("mesh-atlas-mark")
    .include("mesh-atlas-card")
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("on an issue thread codes are marked, what the user types is not, and nothing leaves the browser", async () => {
  const page = await open(FIXTURE_URLS.issue);
  const found = await marks(page);
  expect(found).toContain("UF=error");
  expect(found).toContain("IST0132=error");
  expect(found).toContain("PeerAuthentication=istio");
  expect(await page.locator("textarea mesh-atlas-mark, [contenteditable] mesh-atlas-mark").count()).toBe(0);
  await expect(page.locator("textarea")).toHaveValue(/the cluster and the gateway/);
  // Text appended later (a new comment) is marked as it arrives.
  await page.evaluate(() => {
    const c = document.createElement("div");
    c.className = "markdown-body";
    c.innerHTML = "<p>Check the DestinationRule subset before the VirtualService route.</p>";
    document.querySelector("main")?.append(c);
  });
  await expect(page.locator(".markdown-body").last().locator("mesh-atlas-mark")).not.toHaveCount(0);
  // A single-page move to another repository's thread, which swaps <body>: not covered, left alone; back in a
  // covered repository, the new body is marked.
  const swap = (url: string) =>
    page.evaluate((u) => {
      history.pushState(null, "", u);
      const body = document.createElement("body");
      body.innerHTML =
        '<main><div class="markdown-body"><p>The VirtualService and the DestinationRule.</p></div></main>';
      document.body.replaceWith(body);
    }, url);
  await swap("/kubernetes/kubernetes/issues/2");
  await page.waitForTimeout(1000);
  await expect(page.locator("mesh-atlas-mark")).toHaveCount(0);
  await swap("/istio/istio/issues/3");
  await expect(page.locator("mesh-atlas-mark").first()).toBeAttached();
  // The only requests were the page and its stylesheet, answered by the fixtures.
  expect(browser.unanswered).toEqual([]);
  expect(browser.requests.every((u) => u.startsWith("https://github.com/"))).toBe(true);
  expect(errors).toEqual([]);
});

test("on a team wiki with a strict CSP and a dark theme, marks and cards work without a console error", async () => {
  const page = await open(FIXTURE_URLS.wiki, { colorScheme: "dark" });
  const found = await marks(page);
  expect(found).toContain("NR=error");
  expect(found).toContain("VirtualService=istio");
  expect(await page.locator("mesh-atlas-mark[data-dark]").count()).toBe(found.length);
  await page.locator("mesh-atlas-mark").first().hover();
  const card = page.locator("mesh-atlas-card");
  await expect(card).toBeVisible();
  // The card's styles came in (a constructed sheet, which the CSP allows): it has its width and padding.
  const box = await card.getByRole("dialog").boundingBox();
  expect(box?.width).toBeGreaterThan(200);
  expect(errors).toEqual([]);
});

test("the site switch takes marks off and back without moving anything on the page", async () => {
  const page = await open(FIXTURE_URLS.docs);
  const layout = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("p, pre, li, h1, h2, footer")].map((e) => {
        const r = e.getBoundingClientRect();
        return [Math.round(r.top), Math.round(r.left), Math.round(r.width), Math.round(r.height)].join(",");
      }),
    );
  const annotated = await layout();
  const tabId = await browser.worker.evaluate(
    async () => (await chrome.tabs.query({ url: "https://istio.io/*" }))[0]?.id,
  );
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  const toggle = popup.getByLabel("Mark terms on istio.io");
  await expect(toggle).toBeChecked();
  await expect(popup.locator("#stats")).toContainText("terms marked");
  await toggle.uncheck();
  await expect(page.locator("mesh-atlas-mark")).toHaveCount(0);
  const plain = await layout();
  expect(annotated).toEqual(plain);
  await toggle.check();
  await expect(page.locator("mesh-atlas-mark").first()).toBeAttached();
  expect(await layout()).toEqual(plain);
  // Every mention instead of the first per section.
  const first = await page.locator("mesh-atlas-mark").count();
  await setSettings(browser, { mentions: "all" });
  await expect.poll(() => page.locator("mesh-atlas-mark").count()).toBeGreaterThan(first);
});

test("other sites are left alone until asked, and the options keep the team's site", async () => {
  const page = await (async () => {
    browser = await launchWithExtension(dir);
    const p = await browser.context.newPage();
    await p.goto(FIXTURE_URLS.elsewhere);
    return p;
  })();
  await page.waitForTimeout(1000);
  expect(await page.locator("mesh-atlas-mark").count()).toBe(0);
  // The extension may not read this tab's address: it is the one tab whose address it is not shown.
  const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => !t.url)?.id);
  expect(tabId).toBeDefined();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  // Opened as a page, the popup has no toolbar click to grant it this tab: it offers the one-off marking.
  await expect(popup.getByRole("checkbox")).not.toBeChecked();
  await expect(popup.getByRole("button", { name: "Mark terms on this page" })).toBeVisible();

  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await expect(options.getByText(WIKI_HOST, { exact: false })).toBeVisible();
  await options.getByPlaceholder("wiki.example.com").fill("not a host");
  await options.getByRole("button", { name: "Add site" }).click();
  await expect(options.locator("#host-status")).toContainText("Type a host name");
  await options.locator("#site").fill("https://atlas.example.com/mesh-atlas");
  await options.getByRole("button", { name: "Save" }).click();
  await expect(options.locator("#site-status")).toContainText("https://atlas.example.com/mesh-atlas/");
  const stored = await browser.worker.evaluate(() => chrome.storage.sync.get("siteUrl"));
  expect(stored.siteUrl).toBe("https://atlas.example.com/mesh-atlas/");
});
