import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Runs `produce` into a fresh staging folder, then puts it in place of `target` with two renames. A failure
 * removes the staging folder and leaves `target` untouched, so a server pointed at it never loses pages.
 */
export function replaceDirAtomically(target: string, produce: (staging: string) => void): void {
  const staging = `${target}.staging`;
  const previous = `${target}.previous`;
  rmSync(staging, { recursive: true, force: true });
  try {
    produce(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
}
