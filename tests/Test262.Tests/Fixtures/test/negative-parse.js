/*---
description: a parse-phase SyntaxError passes
negative:
  phase: parse
  type: SyntaxError
---*/
$DONOTEVALUATE();
var x = ;
