/*---
description: an engine limitation reported as SyntaxError ("... not supported") is not the early error a negative test expects
negative:
  phase: parse
  type: SyntaxError
flags: [noStrict]
---*/
$DONOTEVALUATE();
with ({}) {}
