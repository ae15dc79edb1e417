import { coveredByDefault } from "./hosts";
import type { TabStats } from "./protocol";
import { addHost, loadSettings, removeHost, setHostOff } from "./store";

/**
 * The toolbar popup: the current site's switch, "mark terms on this page" once (the click grants access to this
 * tab only), and what the last annotation did. `?tab=<id>` names the tab when the popup is opened as a page.
 */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function currentTab(): Promise<chrome.tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(location.search).get("tab"));
  if (id) return chrome.tabs.get(id);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function showError(message: string | null): void {
  const el = $<HTMLParagraphElement>("error");
  el.hidden = !message;
  el.textContent = message ?? "";
}

async function markOnce(tabId: number): Promise<void> {
  await chrome.scripting.insertCSS({ target: { tabId }, files: ["marks.css"] });
  // Same isolated world as the content script: it marks this page even where the site is not covered.
  await chrome.scripting.executeScript({
    target: { tabId },
    func: () => {
      globalThis.meshAtlasForced = true;
    },
  });
  await chrome.scripting.executeScript({ target: { tabId }, files: ["content.js"] });
}

async function render(): Promise<void> {
  const tab = await currentTab();
  const url = tab?.url ?? "";
  const host = /^https?:/.test(url) ? new URL(url).hostname : "";
  const enabled = $<HTMLInputElement>("enabled");
  const once = $<HTMLButtonElement>("once");
  if (!tab?.id) {
    $("host").textContent = "No page to mark here";
    enabled.disabled = true;
    once.hidden = true;
    return;
  }
  if (!host) {
    // The browser shows the address of a site only once the extension may read it (the toolbar click grants
    // that for this tab); a browser page (settings, the web store) can never be marked.
    $("host").textContent = url ? "This page cannot be marked" : "This site";
    enabled.disabled = true;
    once.hidden = !!url;
    once.onclick = () =>
      void markOnce(tab.id as number).catch((e) =>
        showError(`Mesh Atlas cannot read this page: ${e instanceof Error ? e.message : String(e)}`),
      );
    return;
  }
  const tabId = tab.id;
  const settings = await loadSettings();
  const covered = coveredByDefault(url, [...MESH_ATLAS_BUILD.hosts, ...settings.hosts]);
  const userAdded = settings.hosts.includes(host);
  $("host").textContent = host;
  $("enabled-label").textContent = `Mark terms on ${host}`;
  enabled.checked = covered && !settings.off.includes(host);
  $("why").textContent = userAdded
    ? "You added this site."
    : MESH_ATLAS_BUILD.hosts.includes(host)
      ? "Marked for your team (set when the extension was built)."
      : covered
        ? "Marked by default."
        : "Not marked unless you ask: switch it on to mark every page here.";
  once.hidden = enabled.checked;
  const stats = (await chrome.storage.session.get(`stats:${tabId}`))[`stats:${tabId}`] as TabStats | undefined;
  $("stats").textContent = stats
    ? `${stats.marks} ${stats.marks === 1 ? "term" : "terms"} marked in ${stats.words.toLocaleString("en")} words · ${Math.round(stats.mainThreadMs)} ms on the page, ${Math.round(stats.readMs)} ms reading`
    : "";

  enabled.onchange = async () => {
    showError(null);
    try {
      if (covered && !userAdded) await setHostOff(host, !enabled.checked);
      else if (enabled.checked) {
        if (!(await addHost(host))) enabled.checked = false;
        else await markOnce(tabId);
      } else await removeHost(host);
    } catch (e) {
      showError(e instanceof Error ? e.message : String(e));
    }
    await render();
  };
  once.onclick = async () => {
    showError(null);
    try {
      await markOnce(tabId);
      setTimeout(() => void render(), 500);
    } catch (e) {
      showError(`Mesh Atlas cannot read this page: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
}

void render();
