/*---
description: unbounded recursion is a RangeError, not a crash of the runner
---*/
function f() { return f(); }
assert.throws(RangeError, f);
