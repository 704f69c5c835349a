/*---
description: the wrong error type fails
negative:
  phase: runtime
  type: TypeError
---*/
unresolvableByFixture;
