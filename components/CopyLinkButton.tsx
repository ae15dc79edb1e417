"use client";

import { useState } from "react";

type Props = {
  anchor: string;
  /** What the link is called in the button's accessible name and in the Markdown link. */
  label: string;
};

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    window.prompt("Copy this:", text);
  }
}

/** Copies the permalink of an anchor on this page, as a URL or as a Markdown link for a wiki. */
export function CopyLinkButton({ anchor, label }: Props) {
  const [copied, setCopied] = useState<"url" | "md" | null>(null);
  const url = () => `${window.location.origin}${window.location.pathname}#${anchor}`;
  const done = (what: "url" | "md") => {
    setCopied(what);
    setTimeout(() => setCopied(null), 1500);
  };
  return (
    <span className="copy-buttons">
      <button
        type="button"
        className="copy-link"
        onClick={() => copy(url()).then(() => done("url"))}
        aria-label={`Copy link to ${label}`}
      >
        {copied === "url" ? "Copied" : "Copy link"}
      </button>
      <button
        type="button"
        className="copy-link"
        onClick={() => copy(`[${label}](${url()})`).then(() => done("md"))}
        aria-label={`Copy a Markdown link to ${label}`}
      >
        {copied === "md" ? "Copied" : "Markdown"}
      </button>
    </span>
  );
}
