import type { NextConfig } from "next";

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";

const config: NextConfig = {
  output: "export",
  // With a static export, distDir names the export folder: scripts/build.ts exports into a staging folder.
  ...(process.env.MESH_ATLAS_EXPORT_DIR ? { distDir: process.env.MESH_ATLAS_EXPORT_DIR } : {}),
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  // `npm test` type-checks the whole project with `tsc --noEmit` first; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
};

export default config;
