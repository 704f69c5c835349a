/*---
description: assigning an undeclared name passes non-strict, throws ReferenceError in strict mode
---*/
undeclaredByFixture = 1;
