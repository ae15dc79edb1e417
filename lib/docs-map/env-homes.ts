import * as z from "zod";

/**
 * `content/docs-map/env-homes.json`: for an environment variable that several command reference pages list
 * (istio.io prints every variable a binary links in, so most of istiod's appear under pilot-agent, istioctl and
 * install-cni too), the command whose own source tree defines it. Written by `scripts/import-env-homes.ts`.
 */
export const envHomesFileSchema = z.strictObject({
  source: z.string().min(1),
  generated_by: z.string().min(1),
  /** Variable name -> the command (`of` of its reference entries) whose page is its home. */
  homes: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, "must be a variable name"), z.string().min(1)),
});
export type EnvHomesFile = z.infer<typeof envHomesFileSchema>;

/**
 * The command a Go file of istio/istio is built into, as the command reference pages name them; null for code
 * several commands share (pkg/, tools/, security/). The agent's tree includes the packages only it imports.
 */
export function commandOfSource(file: string): string | null {
  const f = file.replace(/\\/g, "/");
  if (/^(?:pilot\/cmd\/pilot-agent|pkg\/istio-agent|pkg\/bootstrap|pkg\/envoy)\//.test(f)) return "pilot-agent";
  if (f.startsWith("pilot/")) return "pilot-discovery";
  if (f.startsWith("cni/")) return "install-cni";
  if (f.startsWith("istioctl/")) return "istioctl";
  return null;
}

/**
 * Homes of the variables listed on more than one command page: a variable's home is the one command whose
 * sources (Go files, tests apart) write its name as a string, when that command's page lists it. A name that
 * shared code or two commands write has no home: no page is more its own than another.
 */
export function findEnvHomes(
  sources: Iterable<{ file: string; text: string }>,
  listedOn: ReadonlyMap<string, readonly string[]>,
): Record<string, string> {
  const names = [...listedOn].filter(([, pages]) => new Set(pages).size > 1).map(([name]) => name);
  const writers = new Map<string, Set<string | null>>(names.map((n) => [n, new Set()]));
  for (const { file, text } of sources) {
    if (!file.endsWith(".go") || file.endsWith("_test.go")) continue;
    const command = commandOfSource(file);
    for (const name of names) if (text.includes(`"${name}"`)) writers.get(name)?.add(command);
  }
  const homes: Record<string, string> = {};
  for (const name of names.sort()) {
    const found = [...(writers.get(name) ?? [])];
    const only = found.length === 1 ? found[0] : null;
    if (only && listedOn.get(name)?.includes(only)) homes[name] = only;
  }
  return homes;
}
