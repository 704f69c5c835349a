await import("./bad-syntax.mjs");
