/// <reference types="chrome" />
import type { BuildDefaults } from "./settings";

declare global {
  /** Baked in by scripts/build-extension.ts (esbuild `define`). */
  const MESH_ATLAS_BUILD: BuildDefaults;
}
