import { DEFAULT_MATCHES, parseHost } from "./hosts";
import { normalizeSiteUrl } from "./settings";
import { addHost, loadSettings, removeHost, saveSettings, setHostOff } from "./store";

/** The options page: the site cards link to, which mentions to mark, and the sites beyond the defaults. */

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function render(): Promise<void> {
  const s = await loadSettings();
  $<HTMLInputElement>("site").value = s.siteUrl;
  for (const r of document.querySelectorAll<HTMLInputElement>("input[name=mentions]"))
    r.checked = r.value === s.mentions;
  $("defaults").textContent = [
    ...DEFAULT_MATCHES.map((m) => m.replace(/^https:\/\//, "").replace(/\/?\*$/, "")),
    ...MESH_ATLAS_BUILD.hosts,
  ].join(", ");
  const list = $<HTMLUListElement>("hosts");
  const items: HTMLLIElement[] = [];
  for (const host of s.hosts) {
    const li = document.createElement("li");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Remove";
    remove.setAttribute("aria-label", `Remove ${host}`);
    remove.onclick = () => void removeHost(host).then(render);
    li.append(host, remove);
    items.push(li);
  }
  for (const host of s.off) {
    const li = document.createElement("li");
    const on = document.createElement("button");
    on.type = "button";
    on.textContent = "Turn back on";
    on.setAttribute("aria-label", `Turn marking back on for ${host}`);
    on.onclick = () => void setHostOff(host, false).then(render);
    li.append(`${host} (switched off)`, on);
    items.push(li);
  }
  list.replaceChildren(...items);
  list.hidden = items.length === 0;
}

$<HTMLFormElement>("site-form").onsubmit = async (e) => {
  e.preventDefault();
  const site = normalizeSiteUrl($<HTMLInputElement>("site").value);
  $("site-status").textContent = site ? `Saved: cards link to ${site}` : "That is not an http(s) address.";
  if (site) await saveSettings({ siteUrl: site });
};

for (const r of document.querySelectorAll<HTMLInputElement>("input[name=mentions]"))
  r.onchange = () => void saveSettings({ mentions: r.value === "all" ? "all" : "first" });

$<HTMLFormElement>("host-form").onsubmit = async (e) => {
  e.preventDefault();
  const input = $<HTMLInputElement>("new-host");
  const host = parseHost(input.value);
  const status = $("host-status");
  if (!host) {
    status.textContent = "Type a host name, such as wiki.example.com.";
    return;
  }
  const ok = await addHost(host);
  status.textContent = ok ? `Added ${host}.` : `The browser did not grant access to ${host}.`;
  if (ok) input.value = "";
  await render();
};

void render();
