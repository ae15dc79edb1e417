"use client";

import { useState } from "react";

/** Copies the absolute URL of an anchor on the current page (the permalink a wiki should use). */
export function CopyLinkButton({ anchor, label }: { anchor: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}#${anchor}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      window.prompt("Copy this link:", url);
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" className="copy-link" onClick={copy} aria-label={`Copy link to ${label}`}>
      {copied ? "Copied" : "Copy link"}
    </button>
  );
}
