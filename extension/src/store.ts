import { hostMatches } from "./hosts";
import { readSettings, SETTINGS_KEYS, type Settings } from "./settings";

/** The settings as stored now, with defaults. */
export async function loadSettings(): Promise<Settings> {
  return readSettings(await chrome.storage.sync.get([...SETTINGS_KEYS]), MESH_ATLAS_BUILD);
}

export async function saveSettings(change: Partial<Settings>): Promise<void> {
  await chrome.storage.sync.set(change);
}

/** Switches marking on a host the extension covers on or off; content scripts on its tabs follow at once. */
export async function setHostOff(host: string, off: boolean): Promise<void> {
  const s = await loadSettings();
  const rest = s.off.filter((h) => h !== host);
  await saveSettings({ off: off ? [...rest, host] : rest });
}

/**
 * Adds a host (a team wiki): asks the browser for access to it, which must happen in the click that asked,
 * then stores it; the background registers the content script there. False when the user declined.
 */
export async function addHost(host: string): Promise<boolean> {
  const granted = await chrome.permissions.request({ origins: hostMatches(host) });
  if (!granted) return false;
  const s = await loadSettings();
  await saveSettings({ hosts: [...s.hosts.filter((h) => h !== host), host], off: s.off.filter((h) => h !== host) });
  return true;
}

export async function removeHost(host: string): Promise<void> {
  const s = await loadSettings();
  await saveSettings({ hosts: s.hosts.filter((h) => h !== host) });
  // Keep access to hosts the team's build declared: only what the user added is given back.
  if (!MESH_ATLAS_BUILD.hosts.includes(host)) await chrome.permissions.remove({ origins: hostMatches(host) });
}
