/*---
description: onlyStrict runs once, with the "use strict" prefix
flags: [onlyStrict]
---*/
var thisValue = (function() { return this; })();
assert.sameValue(thisValue, undefined);
