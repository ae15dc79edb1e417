import { createServer } from "node:http";
import { createSiteHandler } from "../lib/serve/site-server";
import { readArgs } from "./args";

const USAGE = `usage: tsx scripts/serve.ts [--dir out] [--port 3000] [--host 127.0.0.1] [--base-path /PATH]
  Serves a built export with its Content-Security-Policy, cache headers and precompressed files.
  --base-path: the path the site was built for (NEXT_PUBLIC_BASE_PATH); --dir is then the folder holding it.`;

const { values } = readArgs(USAGE, {
  options: {
    dir: { type: "string", default: "out" },
    port: { type: "string", default: "3000" },
    host: { type: "string", default: "127.0.0.1" },
    "base-path": { type: "string", default: "" },
  },
});
const port = Number.parseInt(values.port, 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(USAGE);
  process.exit(2);
}

const basePath = values["base-path"].replace(/\/$/, "");
const server = createServer(createSiteHandler({ dir: values.dir, basePath }));
server.listen(port, values.host, () => {
  console.log(`serving ${values.dir}/ on http://${values.host}:${port}${basePath}/`);
});
