console.log("before");
await import("./missing-export.mjs");
