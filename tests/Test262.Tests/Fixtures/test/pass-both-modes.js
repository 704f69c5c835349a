/*---
description: runs twice, passes in both modes
---*/
assert.sameValue(1 + 1, 2);
