"use client";

import { useEffect, useState } from "react";
import { Link } from "@/components/Link";
import { type ListHeader, listAsMarkdown } from "@/lib/content/list-markdown";
import type { ResolvedStep } from "@/lib/content/resolve-step";
import { absoluteUrl } from "@/lib/routes";
import { ContextBadge } from "./ContextBadge";
import { readProgress, writeProgress } from "./list-progress";

type Props = {
  list: ListHeader;
  stages: { title: string; steps: ResolvedStep[] }[];
};

const KIND_LABEL = {
  term: "Term",
  compare: "Comparison",
  error: "Error code",
  doc: "Istio docs",
  url: "Reading",
} as const;

export function ReadingListSteps({ list, stages }: Props) {
  const { slug } = list;
  const [done, setDone] = useState<Set<string>>(new Set());
  const [copied, setCopied] = useState(false);
  // Printed URLs use the address the page was served from unless the build named one, so they are known only
  // in the browser; until then print shows paths.
  const [printUrl, setPrintUrl] = useState<(href: string) => string>(() => (href: string) => href);
  useEffect(() => setPrintUrl(() => absoluteUrl), []);
  const all = stages.flatMap((s) => s.steps);
  const total = all.reduce((n, s) => n + s.minutes, 0);
  const doneMinutes = all.filter((s) => done.has(s.key)).reduce((n, s) => n + s.minutes, 0);

  useEffect(() => setDone(readProgress(slug)), [slug]);

  const toggle = (key: string, checked: boolean) => {
    const next = new Set(done);
    if (checked) next.add(key);
    else next.delete(key);
    setDone(next);
    writeProgress(slug, next);
  };

  const copy = async () => {
    const markdown = listAsMarkdown(list, stages, done);
    try {
      await navigator.clipboard.writeText(markdown);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      window.prompt("Copy this Markdown:", markdown);
    }
  };

  return (
    <>
      <div className="list-toolbar">
        <div className="progress-wrap">
          <progress max={all.length} value={done.size} aria-label="Steps done" />
          <span aria-live="polite">
            {done.size} of {all.length} steps done · {total - doneMinutes} min left
          </span>
        </div>
        <div className="toolbar-buttons">
          <button type="button" onClick={copy}>
            {copied ? "Copied" : "Copy as Markdown"}
          </button>
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
          <button
            type="button"
            onClick={() => {
              setDone(new Set());
              writeProgress(slug, new Set());
            }}
            disabled={done.size === 0}
          >
            Reset progress
          </button>
        </div>
      </div>
      {stages.map((stage, si) => (
        <section key={stage.title} aria-labelledby={`stage-${si}`} className="stage">
          <h2 id={`stage-${si}`}>
            {si + 1}. {stage.title}
          </h2>
          <ol className="steps">
            {stage.steps.map((s) => {
              const id = `step-${s.key.replace(/[^a-z0-9]+/gi, "-")}`;
              return (
                <li key={s.key} className={done.has(s.key) ? "step done" : "step"}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={done.has(s.key)}
                    onChange={(e) => toggle(s.key, e.target.checked)}
                    aria-label={`Done: ${s.title}`}
                  />
                  <div>
                    <label htmlFor={id} className="visually-hidden">
                      Done: {s.title}
                    </label>
                    <span className="step-kind">{KIND_LABEL[s.kind]}</span>{" "}
                    {s.context && <ContextBadge context={s.context} />}{" "}
                    {s.external ? (
                      <a href={s.href} rel="noopener noreferrer" data-print-url={printUrl(s.href)}>
                        {s.title}
                      </a>
                    ) : (
                      <Link href={s.href} data-print-url={printUrl(s.href)}>
                        {s.title}
                      </Link>
                    )}{" "}
                    <span className="muted small">{s.minutes} min</span>
                    <p className="step-note">{s.note}</p>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
