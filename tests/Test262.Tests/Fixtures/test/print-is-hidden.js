/*---
description: print and $262 are writable, configurable, non-enumerable globals
---*/
for (var k in this) {
  if (k === "print" || k === "$262") throw new Test262Error(k + " is enumerable");
}
print("hello from the fixture");
