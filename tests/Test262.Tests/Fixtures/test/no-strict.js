/*---
description: noStrict runs once, without the prefix
flags: [noStrict]
---*/
var thisValue = (function() { return this; })();
assert.sameValue(thisValue, this);
