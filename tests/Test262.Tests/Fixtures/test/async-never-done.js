/*---
description: an async test that never calls $DONE fails
flags: [async]
---*/
var nothing = 0;
