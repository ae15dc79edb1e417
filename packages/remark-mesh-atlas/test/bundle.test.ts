import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { parseDecoderData } from "../../../lib/decoder/data";
import { buildPlugin } from "../../../scripts/build-plugin";
import type remarkMeshAtlas from "../src/index";

const here = path.dirname(fileURLToPath(import.meta.url));
// Outside the repository, so nothing the bundle needs can be found in its node_modules.
const out = mkdtempSync(path.join(tmpdir(), "remark-mesh-atlas-"));
after(() => rmSync(out, { recursive: true, force: true }));

test("the built bundle works on its own, with the decoder.json built beside it", async () => {
  const data = parseDecoderData(JSON.parse(readFileSync(path.join(here, "data.json"), "utf8")), "data.json");
  const { files } = await buildPlugin(out, data);
  assert.deepEqual(
    files.map((f) => f.name),
    ["index.js", "decoder.json", "index.d.ts"],
  );
  assert.deepEqual(JSON.parse(readFileSync(path.join(out, "package.json"), "utf8")), { type: "module" });
  assert.match(readFileSync(path.join(out, "index.d.ts"), "utf8"), /export default remarkMeshAtlas;/);

  const bundle = (await import(pathToFileURL(path.join(out, "index.js")).href)) as { default: typeof remarkMeshAtlas };
  // No `data`: the bundle reads the decoder.json written next to it.
  const markdown = await unified()
    .use(remarkParse)
    .use(bundle.default, { site: "https://atlas.example.com/docs" })
    .use(remarkStringify)
    .process("Switch kubectl with --context to the other cluster.");
  assert.equal(
    String(markdown),
    'Switch kubectl with --context to the other [cluster](https://atlas.example.com/docs/glossary/cluster/#kubernetes "Kubernetes cluster: A set of nodes run by one Kubernetes control plane.").\n',
  );
});
