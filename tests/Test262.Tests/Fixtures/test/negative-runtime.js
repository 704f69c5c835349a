/*---
description: a runtime ReferenceError passes
negative:
  phase: runtime
  type: ReferenceError
---*/
unresolvableByFixture;
