import { routes, withBase } from "../routes";
import type { DecoderData } from "./data";
import type { Annotation } from "./decode";

let pending: Promise<{ decode: (text: string) => Annotation[]; data: DecoderData }> | undefined;

/** The browser's decoder, loaded once on first use (data and code in parallel), its data checked on arrival. */
export function loadDecoder() {
  if (!pending) {
    const data = fetch(withBase(routes.decoderData)).then((r) => {
      if (!r.ok) throw new Error(`decoder data: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    });
    pending = Promise.all([data, import("./decode"), import("./data")]).then(([json, mod, schema]) => {
      const d = schema.parseDecoderData(json, routes.decoderData);
      return { decode: mod.createDecoder(d), data: d };
    });
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}
