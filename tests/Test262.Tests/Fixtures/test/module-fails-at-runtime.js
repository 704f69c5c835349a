/*---
description: an error thrown by a module's code is a runtime failure
flags: [module]
---*/
await Promise.resolve();
throw new Test262Error('module body failed');
