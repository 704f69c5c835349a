/*---
description: nothing thrown fails
negative:
  phase: runtime
  type: TypeError
---*/
var fine = 1;
