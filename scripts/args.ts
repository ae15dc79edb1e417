import { type ParseArgsConfig, parseArgs } from "node:util";

/**
 * A script's command line, read by `parseArgs`: `--help` or `-h` prints the usage and exits 0; an unknown option,
 * an option without its value or an argument where none is taken prints what is wrong and the usage, and exits 2,
 * never a stack trace.
 */
export function readArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  // Only the options count: after `--` every argument is a positional, `-h` too.
  const options = args.includes("--") ? args.slice(0, args.indexOf("--")) : args;
  if (options.includes("--help") || options.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (e) {
    if (!(e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) throw e;
    console.error(`${e.message}\n${usage}`);
    process.exit(2);
  }
}
