/*---
description: tests needing an unsupported feature are skipped with the feature named
features: [Symbol, decorators]
---*/
@dec class C {}
