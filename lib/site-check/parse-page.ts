import { Parser } from "htmlparser2";
import type { LinkKind } from "./types";

/** What one HTML file says about itself, before any URL is resolved. */
export interface PageFacts {
  title: string;
  h1Count: number;
  ids: string[];
  names: string[];
  links: { kind: LinkKind; href: string }[];
  /** The raw `content` of a meta refresh, when the page has one. */
  refresh?: string;
}

/** link[rel] values whose href the browser fetches for the page itself (rel=canonical etc. only describe it). */
const ASSET_RELS = new Set(["stylesheet", "icon", "search", "preload", "modulepreload", "manifest"]);

/** Tags whose `src` the browser loads. */
const SRC_TAGS = new Set(["script", "img", "iframe", "source", "video", "audio"]);

export function parsePage(html: string): PageFacts {
  const facts: PageFacts = { title: "", h1Count: 0, ids: [], names: [], links: [] };
  // An <svg> can carry its own <title>, which is not the document's.
  let svgDepth = 0;
  let inTitle = false;
  let titleSeen = false;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id !== undefined) facts.ids.push(attrs.id);
      if (name === "svg") svgDepth++;
      else if (name === "title" && svgDepth === 0 && !titleSeen) inTitle = true;
      else if (name === "h1") facts.h1Count++;
      else if (name === "a" || name === "area") {
        if (name === "a" && attrs.name !== undefined) facts.names.push(attrs.name);
        if (attrs.href !== undefined) facts.links.push({ kind: "navigation", href: attrs.href });
      } else if (name === "form" && attrs.action !== undefined) {
        // A search form that works without script is a way to reach the results page.
        facts.links.push({ kind: "navigation", href: attrs.action });
      } else if (name === "link" && attrs.href !== undefined) {
        const rels = (attrs.rel ?? "").toLowerCase().split(/\s+/);
        if (rels.some((rel) => ASSET_RELS.has(rel))) facts.links.push({ kind: "asset", href: attrs.href });
      } else if (name === "meta" && attrs["http-equiv"]?.toLowerCase() === "refresh") {
        facts.refresh = attrs.content ?? "";
        const url = refreshUrl(facts.refresh);
        if (url !== undefined) facts.links.push({ kind: "refresh", href: url });
      }
      if (SRC_TAGS.has(name) && attrs.src !== undefined) facts.links.push({ kind: "asset", href: attrs.src });
    },
    ontext(text) {
      if (inTitle) facts.title += text;
    },
    onclosetag(name) {
      if (name === "svg") svgDepth--;
      else if (name === "title" && inTitle) {
        inTitle = false;
        titleSeen = true;
      }
    },
  });
  parser.end(html);
  facts.title = facts.title.trim();
  return facts;
}

/** The URL of a meta refresh `content` ("0; url=/x/"), as the HTML standard reads it; undefined when it has none. */
export function refreshUrl(content: string): string | undefined {
  const match = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(content);
  const url = match?.[1]?.trim().replace(/^(['"])(.*)\1$/s, "$2") ?? "";
  return url === "" ? undefined : url;
}
