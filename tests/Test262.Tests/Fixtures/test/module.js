/*---
description: module tests are skipped as feature module
flags: [module]
---*/
export var x = 1;
