/*---
description: a module whose import does not resolve fails at resolution, before any code runs
flags: [module]
negative:
  phase: resolution
  type: SyntaxError
---*/
$DONOTEVALUATE();
import { missing } from './module_FIXTURE.js';
