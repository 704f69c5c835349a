/*---
description: tests needing an unsupported feature are skipped with the feature named
features: [Symbol, ShadowRealm]
---*/
new ShadowRealm().evaluate('1');
