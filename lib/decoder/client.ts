import { routes, withBase } from "../routes";
import type { DecoderData } from "./data";
import type { Reading } from "./reading";

export type BrowserReader = { read: (text: string) => Reading; data: DecoderData };

let pending: Promise<BrowserReader> | undefined;

/** The browser's reader, loaded once on first use (data and code in parallel), its data checked on arrival. */
export function loadDecoder(): Promise<BrowserReader> {
  if (!pending) {
    const data = fetch(withBase(routes.decoderData)).then((r) => {
      if (!r.ok) throw new Error(`decoder data: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    pending = Promise.all([data, import("./read"), import("./data")]).then(([json, mod, schema]) => {
      const d = schema.parseDecoderData(json, routes.decoderData);
      return { read: mod.createReader(d), data: d };
    });
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}
