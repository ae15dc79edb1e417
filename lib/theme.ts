/** Where the theme toggle keeps the reader's choice; public/theme.js reads it (as data-key) before the first paint. */
export const THEME_KEY = "mesh-atlas:theme";
