// Applies the theme saved by the theme toggle before the first paint, so a dark choice never flashes light.
// A file rather than an inline script, so the CSP can forbid inline scripts; the storage key comes from data-key.
try {
  const key = document.currentScript?.dataset.key;
  const saved = key ? localStorage.getItem(key) : null;
  if (saved === "light" || saved === "dark") document.documentElement.dataset.theme = saved;
} catch {
  // Storage may be disabled: the system theme applies.
}
