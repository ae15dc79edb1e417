"use client";

import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { loadDecoder } from "@/lib/decoder/client";
import type { DecoderData } from "@/lib/decoder/data";
import type { Annotation } from "@/lib/decoder/decode";
import { routes } from "@/lib/routes";
import { ContextBadge } from "./ContextBadge";

/** Passages up to this length fit in a share link (the URL fragment, which never reaches a server). */
const MAX_SHARE = 2000;
const EXAMPLE = `Run istioctl proxy-config cluster on the productpage pod: each outbound|9080||reviews cluster is an Envoy cluster, not a Kubernetes cluster. Switch kubectl --context to the other cluster in the mesh to compare.

apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
spec:
  gatewayClassName: istio`;

type Choice = Annotation & { pick: string };

export function PassageDecoder() {
  const id = useId();
  const [text, setText] = useState("");
  const [decoder, setDecoder] = useState<{ decode: (t: string) => Annotation[]; data: DecoderData } | null>(null);
  const [failed, setFailed] = useState(false);
  const [overrides, setOverrides] = useState<Record<number, string>>({});
  const [active, setActive] = useState<number | null>(null);
  const [shared, setShared] = useState("");
  const cardRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const fromHash = new URLSearchParams(window.location.hash.slice(1)).get("text");
    if (fromHash) setText(fromHash.slice(0, MAX_SHARE));
    loadDecoder().then(setDecoder, () => setFailed(true));
  }, []);

  const annotations: Choice[] = useMemo(() => {
    if (!decoder) return [];
    return decoder.decode(text).map((a) => ({ ...a, pick: overrides[a.start] ?? a.sense }));
  }, [decoder, text, overrides]);

  const senseOf = (a: Choice) =>
    decoder?.data.terms.find((t) => t.slug === a.term)?.senses.find((s) => s.id === a.pick);
  const termOf = (a: Choice) => decoder?.data.terms.find((t) => t.slug === a.term);

  const share = () => {
    const url = `${window.location.origin}${window.location.pathname}#${new URLSearchParams({ text }).toString()}`;
    window.history.replaceState(null, "", url);
    navigator.clipboard?.writeText(url).catch(() => undefined);
    setShared(url);
  };

  const pieces: { text: string; index: number | null }[] = [];
  let at = 0;
  annotations.forEach((a, i) => {
    if (a.start > at) pieces.push({ text: text.slice(at, a.start), index: null });
    pieces.push({ text: text.slice(a.start, a.end), index: i });
    at = a.end;
  });
  if (at < text.length) pieces.push({ text: text.slice(at), index: null });

  const current = active === null ? undefined : annotations[active];
  const currentSense = current ? senseOf(current) : undefined;
  const found = [...new Map(annotations.map((a) => [`${a.term}#${a.pick}`, a])).values()];

  return (
    <div className="decoder">
      <div className="decoder-input">
        <label htmlFor={`${id}-text`}>Text, Markdown or YAML</label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOverrides({});
            setActive(null);
          }}
          rows={10}
          spellCheck={false}
          placeholder="Paste a passage here…"
        />
        <div className="toolbar-buttons">
          <button type="button" onClick={() => setText(EXAMPLE)}>
            Try an example
          </button>
          <button type="button" onClick={share} disabled={!text || text.length > MAX_SHARE}>
            Copy share link
          </button>
          {text.length > MAX_SHARE && (
            <span className="muted small">Share links hold up to {MAX_SHARE} characters.</span>
          )}
          {shared && (
            <span className="muted small" aria-live="polite">
              Link copied.
            </span>
          )}
        </div>
      </div>
      {failed && <p role="alert">The decoder could not be loaded.</p>}
      {text && decoder && (
        <section aria-labelledby={`${id}-out`} className="decoder-output">
          <h2 id={`${id}-out`}>Decoded</h2>
          <pre className="decoded">
            {pieces.map((p, k) =>
              p.index === null ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: positional text runs, rebuilt on every change.
                <span key={k}>{p.text}</span>
              ) : (
                <button
                  // biome-ignore lint/suspicious/noArrayIndexKey: positional text runs, rebuilt on every change.
                  key={k}
                  type="button"
                  className="mention"
                  data-context={senseOf(annotations[p.index] as Choice)?.context}
                  aria-expanded={active === p.index}
                  aria-controls={`${id}-card`}
                  onClick={() => setActive(active === p.index ? null : p.index)}
                  onFocus={() => setActive(p.index)}
                  onMouseEnter={() => setActive(p.index)}
                >
                  {p.text}
                </button>
              ),
            )}
          </pre>
          <div id={`${id}-card`} ref={cardRef} className="sense-popover" aria-live="polite" hidden={!current}>
            {current && currentSense && (
              <>
                <p>
                  <ContextBadge context={currentSense.context} />{" "}
                  <Link href={routes.term(current.term, current.pick)}>
                    <strong>{termOf(current)?.term}</strong>: {currentSense.label}
                  </Link>
                </p>
                <p>{currentSense.short}</p>
                <p className="muted small">
                  {current.pick === current.sense
                    ? `Confidence ${Math.round(current.confidence * 100)}%. Why: ${current.reason}.`
                    : "Your choice."}
                </p>
                {(termOf(current)?.senses.length ?? 0) > 1 && (
                  <div className="alternatives">
                    <span className="small">Other senses:</span>{" "}
                    {termOf(current)
                      ?.senses.filter((s) => s.id !== current.pick)
                      .map((s) => {
                        const conf = current.alternatives.find((x) => x.sense === s.id)?.confidence;
                        return (
                          <button
                            key={s.id}
                            type="button"
                            className="chip"
                            onClick={() => setOverrides({ ...overrides, [current.start]: s.id })}
                          >
                            {s.label}
                            {conf !== undefined && current.pick === current.sense
                              ? ` (${Math.round(conf * 100)}%)`
                              : ""}
                          </button>
                        );
                      })}
                  </div>
                )}
              </>
            )}
          </div>
          <h2>Terms found ({found.length})</h2>
          {found.length === 0 ? (
            <p className="muted">No glossary terms in this text.</p>
          ) : (
            <ul className="found-terms">
              {found.map((a) => {
                const s = senseOf(a);
                return (
                  <li key={`${a.term}#${a.pick}`}>
                    {s && <ContextBadge context={s.context} />}{" "}
                    <Link href={routes.term(a.term, a.pick)}>
                      {termOf(a)?.term}: {s?.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
