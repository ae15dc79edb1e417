import { request as rawRequest } from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { CONTENT_SECURITY_POLICY } from "../lib/build/csp";
import { PAGE_TYPES } from "./page-types";

/** Collects CSP violations the browser reports on every page this test opens. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding("__reportCsp", (_source, text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCsp: (text: string) => void }).__reportCsp;
      report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

/** Records whether any dialog (alert, confirm, prompt) opened: a payload that ran would open one. */
function watchDialogs(page: Page): { opened: boolean } {
  const state = { opened: false };
  page.on("dialog", async (d) => {
    state.opened = true;
    await d.dismiss();
  });
  return state;
}

for (const path of PAGE_TYPES) {
  test(`no inline script and no CSP violation: ${path}`, async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      CONTENT_SECURITY_POLICY,
    );
    expect(await page.locator("script:not([src])").count()).toBe(0);
    // Load the search index too, so data fetches are covered by the policy check.
    await page.getByRole("combobox").first().fill("mtls");
    await expect(page.locator('[data-results-for="mtls"]').first()).toBeAttached();
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
  });
}

test("the policy is enforced: an injected inline script does not run and is reported", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("glossary/cluster/");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => "__injected" in window)).toBe(false);
});

test("decoder: script payloads in the text and in the share fragment show as text and never run", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script> the cluster "><svg onload=alert(3)>';
  await page.goto(`decode/#text=${encodeURIComponent(payload)}`);
  const output = page.getByRole("region", { name: "Decoded" });
  await expect(output).toContainText("<img src=x onerror=alert(1)><script>alert(2)</script>");
  await expect(output.getByRole("button", { name: "cluster", exact: true })).toBeVisible();
  await page.getByLabel("Text, YAML or log lines").fill(`apiVersion: v1\nkind: Service\n# ${payload}\n`);
  await expect(output).toContainText('"><svg onload=alert(3)>');
  expect(await page.locator("img[src=x], svg[onload], main script").count()).toBe(0);
  expect(dialogs.opened).toBe(false);
});

test("search box: a payload typed into it shows as text in the suggestions", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await page.goto("./");
  const payload = "<img src=x onerror=alert(1)>";
  await page.getByRole("combobox", { name: "Search the glossary and docs" }).fill(payload);
  await expect(page.getByRole("option", { name: /See all results/ }).first()).toContainText(payload);
  expect(await page.locator("img[src=x]").count()).toBe(0);
  expect(dialogs.opened).toBe(false);
});

test("the server sends types, compression and cache rules that fit each file", async ({ request }) => {
  const page = await request.get("glossary/cluster/", { headers: { "accept-encoding": "gzip" } });
  expect(page.headers()["content-type"]).toMatch(/^text\/html/);
  expect(page.headers()["content-encoding"]).toBe("gzip");
  expect(page.headers()["cache-control"]).toBe("no-cache");
  expect(page.headers().etag).toBeTruthy();

  const index = await request.get("search-index.json", { headers: { "accept-encoding": "br, gzip" } });
  expect(index.headers()["content-type"]).toMatch(/^application\/json/);
  expect(index.headers()["content-encoding"]).toBe("br");
  expect(index.headers()["cache-control"]).toBe("no-cache");
  expect(await index.json()).toHaveProperty("records");

  const html = await page.text();
  const script = /<script src="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
  const asset = await request.get(script);
  expect(asset.headers()["content-type"]).toMatch(/javascript/);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  const xml = await request.get("opensearch.xml");
  expect(xml.headers()["content-type"]).toBe("application/opensearchdescription+xml");
  expect((await request.get("api/terms.json")).headers()["content-type"]).toMatch(/^application\/json/);
});

test("path traversal and malformed URLs get 400 or 404 and never a file from outside out/", async ({ baseURL }) => {
  const base = new URL(baseURL ?? "");
  const answers: string[] = [];
  for (const path of [
    "/../package.json",
    "/%2e%2e/package.json",
    "/..%2fpackage.json",
    "/glossary/..%2f..%2fpackage.json",
    "/..%5cpackage.json",
    "/%00",
    "/%E0%A4%A",
    "/glossary/%",
    "//etc/passwd",
    "/.git/config",
  ]) {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      // node:http sends the path byte for byte; browsers and fetch would normalise the dots away.
      const req = rawRequest({ host: base.hostname, port: base.port, path }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => {
          text += chunk.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      req.end();
    });
    answers.push(`${path} ${status}`);
    expect([400, 404], path).toContain(status);
    expect(body, path).not.toContain('"name": "mesh-atlas"');
    expect(body, path).not.toContain("[core]");
  }
  expect(answers.filter((a) => a.endsWith(" 400")).length).toBeGreaterThanOrEqual(7);
});

test("content carrying script payloads (a tampered search index) shows as text in results", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>"><svg onload=alert(3)>';
  await page.route("**/search-index.json", async (route) => {
    const response = await route.fetch();
    // Records ship field by field: one list per field, a record's values at its position.
    const data = (await response.json()) as {
      records: { id: string[]; title: string[]; subtitle: string[]; text: string[] };
    };
    const { records } = data;
    records.id.forEach((id, i) => {
      if (id !== "access-log") return;
      records.title[i] = `Access log ${payload}`;
      records.subtitle[i] = payload;
      records.text[i] = payload;
    });
    await route.fulfill({ response, json: data });
  });
  await page.goto("search/?q=access%20log");
  const first = page
    .locator("main")
    .getByRole("link", { name: /Access log/ })
    .first();
  await expect(first).toContainText(payload);
  await page.getByRole("combobox").first().fill("access log");
  await expect(page.getByRole("option").first()).toContainText("<img src=x onerror=alert(1)>");
  expect(await page.locator("img[src=x], svg[onload]").count()).toBe(0);
  expect(dialogs.opened).toBe(false);
});
