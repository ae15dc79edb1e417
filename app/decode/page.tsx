import type { Metadata } from "next";
import { PassageDecoder } from "@/components/PassageDecoder";

export const metadata: Metadata = { title: "Passage decoder" };

export default function DecodePage() {
  return (
    <>
      <h1>Passage decoder</h1>
      <p className="lede">
        Paste a paragraph from the docs, an issue or a chat, or a YAML manifest. Every glossary term in it is underlined
        in the colour of the sense it most likely means here; focus or hover one to see why. The text stays in this
        page: nothing is sent anywhere.
      </p>
      <PassageDecoder />
    </>
  );
}
