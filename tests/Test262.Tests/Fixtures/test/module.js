/*---
description: a module test runs once, as a module (this is undefined, imports resolve to files beside it)
flags: [module]
---*/
import { answer } from './module_FIXTURE.js';
import * as self from './module.js';
export var x = 1;
if (this !== undefined) throw new Test262Error('this at module top level');
if (answer !== 42) throw new Test262Error('import');
if (self.x !== 1) throw new Test262Error('namespace of itself');
