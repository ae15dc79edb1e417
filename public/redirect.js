// Redirect pages (short links, renamed entries) carry their target in data-to. Unlike the meta refresh, which
// stays as the no-script fallback, this keeps the #sense fragment of the link that was followed.
const to = document.currentScript?.dataset.to;
if (to) location.replace(to + location.hash);
