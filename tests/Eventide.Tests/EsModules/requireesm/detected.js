export const ambiguous = import.meta.url.endsWith("detected.js");
