/*---
description: a failing assertion fails both modes
---*/
throw new Test262Error("one is not two");
