import { foldQuery } from "../text/normalize";

/** Splits a Markdown body into `## ` sections: heading text and everything under it. */
export function sections(body: string): { heading: string; text: string }[] {
  const out: { heading: string; text: string }[] = [{ heading: "", text: "" }];
  for (const line of body.split("\n")) {
    const m = /^##\s+(.*)$/.exec(line);
    if (m) out.push({ heading: m[1] ?? "", text: "" });
    else {
      const last = out[out.length - 1];
      if (last) last.text += `${line}\n`;
    }
  }
  return out;
}

/** The prose of a glossary sense's own `## <label>` section of its entry's body, code left out ("" if none). */
export function senseProse(body: string, label: string): string {
  const own = sections(body).find((p) => p.heading.trim() !== "" && foldQuery(p.heading) === foldQuery(label));
  return (own?.text ?? "").replace(/```[\s\S]*?```/g, " ").replace(/`[^`]*`/g, " ");
}
