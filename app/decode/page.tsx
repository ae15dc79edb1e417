import type { Metadata } from "next";
import { PassageDecoder } from "@/components/PassageDecoder";

export const metadata: Metadata = { title: "Passage decoder" };

export default function DecodePage() {
  return (
    <>
      <h1>Passage decoder</h1>
      <p className="lede">
        Paste a paragraph from the docs, an issue or a chat, a YAML manifest, or log lines: Envoy access logs (text or
        JSON), <code>istioctl analyze</code> output, ztunnel and istiod logs. Every glossary term is underlined in the
        colour of the sense it most likely means here, every error code and message is boxed and linked to its page, and
        each part of a pasted cluster name or log line says what it is. The text stays in this page: nothing is sent
        anywhere.
      </p>
      <PassageDecoder />
    </>
  );
}
