import { type DecoderData, parseDecoderData } from "../../lib/decoder/data";
import { createReader } from "../../lib/decoder/read";
import { hostMatches } from "./hosts";
import { marksOf } from "./marks";
import type { ReadResponse, Request, TabStats } from "./protocol";
import { readSettings } from "./settings";

/**
 * The extension's background: it holds the decoder and its data, reads the texts pages send (the page's
 * main thread only collects text and wraps marks), and keeps the content script registered on the hosts the
 * user added. Nothing here talks to the network: the data is the decoder.json packed with the extension.
 */

type Loaded = { read: ReturnType<typeof createReader>; data: DecoderData };
let loaded: Promise<Loaded> | undefined;

function load(): Promise<Loaded> {
  loaded ??= fetch(chrome.runtime.getURL("decoder.json"))
    .then((r) => r.json() as Promise<unknown>)
    .then((json) => {
      const data = parseDecoderData(json, "decoder.json");
      return { read: createReader(data), data };
    });
  loaded.catch(() => {
    loaded = undefined;
  });
  return loaded;
}

async function read(texts: string[]): Promise<ReadResponse> {
  try {
    const { read, data } = await load();
    const t0 = performance.now();
    const marks = texts.map((t) => marksOf(read(t), data));
    return { ok: true, marks, readMs: performance.now() - t0 };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

chrome.runtime.onMessage.addListener((msg: Request, sender, reply) => {
  if (msg.type === "read") {
    read(msg.texts).then(reply);
    return true; // answered asynchronously
  }
  if (msg.type === "stats" && sender.tab?.id !== undefined) {
    const stats: TabStats = { ...msg, at: Date.now() };
    chrome.storage.session.set({ [`stats:${sender.tab.id}`]: stats });
  }
  return false;
});

chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove(`stats:${tabId}`);
});

const USER_SCRIPT_ID = "mesh-atlas-user-hosts";

/**
 * The content script on the hosts the user added, for those whose permission is still granted (the user can
 * revoke it in the browser's own settings). Registered again on every start: registrations do not survive an
 * update in every browser.
 */
async function registerUserHosts(): Promise<void> {
  const { hosts } = readSettings(await chrome.storage.sync.get(["hosts"]), MESH_ATLAS_BUILD);
  const granted: string[] = [];
  for (const h of hosts) if (await chrome.permissions.contains({ origins: hostMatches(h) })) granted.push(h);
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [USER_SCRIPT_ID] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: [USER_SCRIPT_ID] });
  if (granted.length === 0) return;
  await chrome.scripting.registerContentScripts([
    {
      id: USER_SCRIPT_ID,
      matches: granted.flatMap(hostMatches),
      js: ["content.js"],
      css: ["marks.css"],
      runAt: "document_idle",
    },
  ]);
}

chrome.runtime.onInstalled.addListener(() => void registerUserHosts());
chrome.runtime.onStartup.addListener(() => void registerUserHosts());
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "sync" && "hosts" in changes) void registerUserHosts();
});
chrome.permissions.onRemoved.addListener(() => void registerUserHosts());
