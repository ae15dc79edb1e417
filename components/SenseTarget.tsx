"use client";

import { useEffect } from "react";

/**
 * Marks the sense the URL's fragment names and brings it into view. A direct link gets this from `:target`;
 * a sense chosen in search arrives by client-side navigation, which moves the fragment without `:target`.
 * The term's name stays in view when the sense fits on the screen below it.
 */
export function SenseTarget({ containerId }: { containerId: string }) {
  useEffect(() => {
    const mark = () => {
      const container = document.getElementById(containerId);
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!container) return;
      for (const el of container.querySelectorAll("[data-targeted]")) el.removeAttribute("data-targeted");
      const named = id ? document.getElementById(id) : null;
      const card = named?.closest<HTMLElement>(".sense-card");
      if (!card || !container.contains(card)) return;
      card.dataset.targeted = "";
      const title = container.querySelector("h1");
      const top = title ?? card;
      const fits =
        title && card.getBoundingClientRect().bottom - title.getBoundingClientRect().top <= window.innerHeight;
      (fits ? top : card).scrollIntoView({ block: "start" });
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, [containerId]);
  return null;
}
