/*---
description: $DONE(error) prints Test262:AsyncTestFailure
flags: [async]
---*/
$DONE({ name: "Test262Error", message: "failed asynchronously" });
