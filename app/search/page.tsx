import type { Metadata } from "next";
import { Suspense } from "react";
import { SearchPage } from "@/components/SearchPage";

export const metadata: Metadata = { title: "Search" };

export default function SearchRoute() {
  return (
    <>
      <h1>Search</h1>
      <Suspense fallback={<p className="muted">Loading search…</p>}>
        <SearchPage />
      </Suspense>
    </>
  );
}
