"use client";

import { useEffect, useState } from "react";
import { THEME_KEY } from "@/lib/theme";

type Theme = "system" | "light" | "dark";
const KEY = THEME_KEY;
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Theme, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

function apply(theme: Theme) {
  if (theme === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** System theme by default; a click cycles light, dark, system, and the choice is kept in this browser. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>("system");
  useEffect(() => {
    const saved = window.localStorage.getItem(KEY);
    const initial: Theme = saved === "light" || saved === "dark" ? saved : "system";
    setTheme(initial);
    apply(initial);
  }, []);
  const cycle = () => {
    const next = NEXT[theme];
    setTheme(next);
    apply(next);
    try {
      if (next === "system") window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, next);
    } catch {
      // Storage may be disabled; the theme then lasts for this page only.
    }
  };
  return (
    <button type="button" className="theme-toggle" onClick={cycle} aria-label={`${LABEL[theme]} (change)`}>
      <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span>
    </button>
  );
}
