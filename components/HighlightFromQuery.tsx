"use client";

import { useEffect } from "react";

/**
 * `?highlight=word` marks the word wherever it appears in the container and scrolls to the first mark.
 * It only splits text nodes and wraps them in <mark>: the query never becomes markup.
 */
export function HighlightFromQuery({ containerId }: { containerId: string }) {
  useEffect(() => {
    const word = new URLSearchParams(window.location.search).get("highlight")?.trim().slice(0, 100);
    const container = document.getElementById(containerId);
    if (!word || !container) return;
    const needle = word.toLowerCase();
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const hits: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent ?? "").toLowerCase().includes(needle)) hits.push(node as Text);
    }
    const marks: HTMLElement[] = [];
    for (const text of hits) {
      let current: Text | null = text;
      while (current) {
        const at = (current.textContent ?? "").toLowerCase().indexOf(needle);
        if (at < 0) break;
        const match: Text = current.splitText(at);
        const rest: Text = match.splitText(needle.length);
        const mark = document.createElement("mark");
        mark.dataset.highlight = "";
        match.replaceWith(mark);
        mark.appendChild(match);
        marks.push(mark);
        current = rest;
      }
    }
    marks[0]?.scrollIntoView({ block: "center" });
  }, [containerId]);
  return null;
}
