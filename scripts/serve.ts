import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { createSiteHandler } from "../lib/serve/site-server";

const USAGE = `usage: tsx scripts/serve.ts [--dir out] [--port 3000] [--host 127.0.0.1] [--base-path /PATH]
  Serves a built export with its Content-Security-Policy, cache headers and precompressed files.
  --base-path: the path the site was built for (NEXT_PUBLIC_BASE_PATH); --dir is then the folder holding it.`;

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: "out" },
    port: { type: "string", default: "3000" },
    host: { type: "string", default: "127.0.0.1" },
    "base-path": { type: "string", default: "" },
    help: { type: "boolean", short: "h", default: false },
  },
});
const port = Number.parseInt(values.port, 10);
if (values.help || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const basePath = values["base-path"].replace(/\/$/, "");
const server = createServer(createSiteHandler({ dir: values.dir, basePath }));
server.listen(port, values.host, () => {
  console.log(`serving ${values.dir}/ on http://${values.host}:${port}${basePath}/`);
});
