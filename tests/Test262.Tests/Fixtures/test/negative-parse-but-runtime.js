/*---
description: a parse-phase negative test that parses fails, even when it throws the right type at runtime
negative:
  phase: parse
  type: SyntaxError
---*/
throw new SyntaxError("thrown at runtime");
