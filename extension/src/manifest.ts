import { DEFAULT_MATCHES, hostMatches } from "./hosts";

export type Browser = "chromium" | "firefox";

/**
 * The extension's manifest for one browser. The code is the same for both: Firefox takes background scripts
 * where Chromium takes a service worker, and wants an id of its own.
 */
export function manifestFor(browser: Browser, version: string, teamHosts: readonly string[]) {
  const matches = [...DEFAULT_MATCHES, ...teamHosts.flatMap(hostMatches)];
  return {
    manifest_version: 3,
    name: "Mesh Atlas",
    version,
    description:
      "Marks the sense of each overloaded Istio, Kubernetes and Envoy word on the pages you read, read inside your browser.",
    action: { default_popup: "popup.html", default_title: "Mesh Atlas" },
    options_ui: { page: "options.html", open_in_tab: true },
    permissions: ["storage", "activeTab", "scripting"],
    host_permissions: matches,
    // A site the user adds (a team wiki) is asked for when they add it.
    optional_host_permissions: ["https://*/*", "http://*/*"],
    background: browser === "chromium" ? { service_worker: "background.js" } : { scripts: ["background.js"] },
    content_scripts: [{ matches, js: ["content.js"], css: ["marks.css"], run_at: "document_idle" }],
    ...(browser === "firefox"
      ? { browser_specific_settings: { gecko: { id: "mesh-atlas@mesh-atlas.dev", strict_min_version: "128.0" } } }
      : { minimum_chrome_version: "120" }),
  };
}
