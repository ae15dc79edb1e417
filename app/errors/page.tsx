import type { Metadata } from "next";
import { CodeSpans } from "@/components/CodeSpans";
import { Link } from "@/components/Link";
import { ListFilter } from "@/components/ListFilter";
import { ERROR_KIND_LABELS, ERROR_KINDS } from "@/lib/content/error-kinds";
import { COMPONENTS } from "@/lib/content/errors";
import { getContent } from "@/lib/content/load";
import { routes } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Errors and codes",
  description: "Envoy response flags, istioctl analyze codes and the error messages people paste, each explained.",
};

function initial(code: string): string {
  const c = code.charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : "#";
}

export default function ErrorsIndexPage() {
  const { errors } = getContent();
  const letters = [...new Set(errors.map((e) => initial(e.code)))];
  const count = (kind: string) => errors.filter((e) => e.kind === kind).length;
  return (
    <>
      <h1>Errors and codes</h1>
      <p className="lede">
        What the proxies and tools print when something breaks: {count("response-flag")} Envoy response flags,{" "}
        {count("analyzer")} <code>istioctl analyze</code> codes, {count("message")} error messages and{" "}
        {count("cluster-name")} special cluster names. Each page says who prints it, what it means, the likely causes
        and the commands that confirm them. Paste a whole log line into the <Link href={routes.decode}>decoder</Link> to
        have every code in it explained.
      </p>
      <ListFilter
        listId="error-list"
        noun="code"
        textLabel="Code or text"
        placeholder="e.g. UF, IST0101, RBAC"
        choices={[
          {
            param: "kind",
            label: "Kind",
            all: "All kinds",
            options: ERROR_KINDS.map((k) => ({ value: k, label: ERROR_KIND_LABELS[k] })),
          },
          {
            param: "component",
            label: "Printed by",
            all: "Any component",
            options: COMPONENTS.filter((c) => errors.some((e) => e.components.includes(c))).map((c) => ({
              value: c,
              label: c,
            })),
          },
        ]}
      />
      <nav aria-label="Letters" className="letters">
        {letters.map((l) => (
          <a key={l} href={`#letter-${l}`}>
            {l}
          </a>
        ))}
      </nav>
      <div id="error-list">
        {letters.map((l) => (
          <section key={l} aria-labelledby={`letter-${l}`} data-letter-section="">
            <h2 id={`letter-${l}`} className="letter">
              {l}
            </h2>
            <ul className="term-list error-list">
              {errors
                .filter((e) => initial(e.code) === l)
                .map((e) => (
                  <li
                    key={e.id}
                    data-item=""
                    data-kind={e.kind}
                    data-component={e.components.join(" ")}
                    data-names={[e.code, e.title, ...e.names].join(" ").toLowerCase()}
                  >
                    <Link href={routes.error(e.id)} className="term-link error-code">
                      {e.code}
                    </Link>{" "}
                    <span className="muted small">
                      {ERROR_KIND_LABELS[e.kind]}
                      {e.level ? ` (${e.level})` : ""} · {e.title}
                    </span>
                    <p className="small error-short">
                      <CodeSpans text={e.short} />
                    </p>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
