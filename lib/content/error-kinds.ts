/**
 * The words of the error kind that the browser needs too (the decoder names what it found): what kinds of
 * code there are and what each is called. No imports, so a client bundle can take it without the loader.
 */

/** What kind of code or message a page explains. */
export const ERROR_KINDS = ["response-flag", "analyzer", "message", "cluster-name"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const ERROR_KIND_LABELS: Readonly<Record<ErrorKind, string>> = {
  "response-flag": "Envoy response flag",
  analyzer: "istioctl analyze code",
  message: "Error message",
  "cluster-name": "Envoy cluster name",
};
