/*---
description: tests needing an unsupported feature are skipped with the feature named
features: [Symbol, Temporal]
---*/
Temporal.Now.instant();
