/*---
description: a harness file that does not exist is a runner/internal error, never a crash
includes: [doesNotExist.js]
---*/
