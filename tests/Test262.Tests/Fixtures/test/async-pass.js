/*---
description: async tests pass when $DONE() prints Test262:AsyncTestComplete
flags: [async]
---*/
$DONE();
