/*---
description: raw runs unmodified, without harness files
flags: [raw]
---*/
if (typeof assert !== "undefined") throw new Error("the harness must not be loaded for raw tests");
if ((function() { return this; })() === undefined) throw new Error("raw tests run non-strict");
