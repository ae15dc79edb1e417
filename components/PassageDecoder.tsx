"use client";

import { lazy, Suspense, useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { type BrowserReader, loadDecoder } from "@/lib/decoder/client";
import { MAX_READ_CHARS, type Mark, type Reading } from "@/lib/decoder/reading";

// The reading's view is fetched with the decoder's data, when a text is about to be read.
const loadOutput = () => import("./DecoderOutput");
const DecoderOutput = lazy(loadOutput);

/** Passages up to this length fit in a share link (the URL fragment, which never reaches a server). */
const MAX_SHARE = 2000;
const EXAMPLE = `Run istioctl proxy-config cluster on the productpage pod: each outbound|9080||reviews cluster is an Envoy cluster, not a Kubernetes cluster. Switch kubectl --context to the other cluster in the mesh to compare.

[2026-11-30T09:14:02.733Z] "GET /reviews/7 HTTP/1.1" 503 UF,URX upstream_reset_before_response_started{connection_failure} - "-" 0 91 30 - "-" "curl/8.5.0" "4e2a9d10" "reviews:9080" "10.244.2.31:9080" outbound|9080|v2|reviews.shop.svc.cluster.local - 10.96.41.12:9080 10.244.1.17:48230 - default

apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
spec:
  gatewayClassName: istio`;

const fmt = (n: number) => n.toLocaleString("en");

export function PassageDecoder() {
  const id = useId();
  const [text, setText] = useState("");
  // Reading a long paste takes a moment: typing stays responsive and the reading catches up.
  const readText = useDeferredValue(text);
  const [reader, setReader] = useState<BrowserReader | null>(null);
  const [failed, setFailed] = useState(false);
  /** The sense a reader picked for a term mention, by its start offset. */
  const [overrides, setOverrides] = useState<Record<number, string>>({});
  const [active, setActive] = useState<Mark | null>(null);
  const [shared, setShared] = useState("");

  // The decoder's data (about 55 kB) loads on intent: a shared text, a pointer over the form, focus or typing.
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);
  useEffect(() => {
    const fromHash = new URLSearchParams(window.location.hash.slice(1)).get("text");
    if (fromHash) setText(fromHash.slice(0, MAX_SHARE));
  }, []);
  const needed = wanted || text !== "";
  useEffect(() => {
    if (!needed) return;
    loadOutput().catch(() => setFailed(true));
    loadDecoder().then(setReader, () => setFailed(true));
  }, [needed]);

  // The card sticks to the bottom of the screen: it must not cover the word it explains. It is measured once it
  // has its size, and again after each scroll: a card not yet stuck moves with the page for part of the way.
  useEffect(() => {
    if (!active) return;
    const mark = document.querySelector<HTMLElement>(`[data-mark="${active.kind}-${active.index}"]`);
    const card = document.getElementById(`${id}-card`);
    if (!mark || !card) return;
    const observer = new ResizeObserver(() => {
      for (let tries = 0; tries < 3; tries++) {
        const covered = mark.getBoundingClientRect().bottom - card.getBoundingClientRect().top;
        if (covered <= -8) break;
        window.scrollBy({ top: covered + 16 });
      }
    });
    observer.observe(card);
    return () => observer.disconnect();
  }, [active, id]);

  const reading: Reading | null = useMemo(() => (reader ? reader.read(readText) : null), [reader, readText]);

  const share = () => {
    const url = `${window.location.origin}${window.location.pathname}#${new URLSearchParams({ text }).toString()}`;
    window.history.replaceState(null, "", url);
    navigator.clipboard?.writeText(url).catch(() => undefined);
    setShared(url);
  };

  return (
    <div className="decoder">
      <div className="decoder-input">
        <label htmlFor={`${id}-text`}>Text, YAML or log lines</label>
        <textarea
          id={`${id}-text`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOverrides({});
            setActive(null);
          }}
          onFocus={want}
          onPointerEnter={want}
          rows={10}
          spellCheck={false}
          placeholder="Paste a passage, a manifest or a few log lines here…"
        />
        <div className="toolbar-buttons">
          <button type="button" onClick={() => setText(EXAMPLE)}>
            Try an example
          </button>
          <button type="button" onClick={share} disabled={!text || text.length > MAX_SHARE}>
            Copy share link
          </button>
          {text.length > MAX_SHARE && (
            <span className="muted small">Share links hold up to {fmt(MAX_SHARE)} characters.</span>
          )}
          {shared && (
            <span className="muted small" aria-live="polite">
              Link copied.
            </span>
          )}
        </div>
      </div>
      {failed && <p role="alert">The decoder could not be loaded.</p>}
      {reading && (reading.limits.truncatedFrom !== null || reading.limits.binary) && (
        <div className="notice" role="status">
          {reading.limits.truncatedFrom !== null && (
            <p>
              This paste is {fmt(reading.limits.truncatedFrom)} characters long; the decoder read the first{" "}
              {fmt(MAX_READ_CHARS)}. Paste the part you want explained, such as the lines around the error.
            </p>
          )}
          {reading.limits.binary && (
            <p>
              The paste holds control characters, as binary data does (a compressed log, an image?). They were read as
              spaces; what is left may not be text.
            </p>
          )}
        </div>
      )}
      {text && reading && reader && (
        <Suspense fallback={<p className="muted">Reading…</p>}>
          <DecoderOutput
            id={id}
            readText={readText}
            reader={reader}
            reading={reading}
            overrides={overrides}
            setOverrides={setOverrides}
            active={active}
            setActive={setActive}
          />
        </Suspense>
      )}
    </div>
  );
}
