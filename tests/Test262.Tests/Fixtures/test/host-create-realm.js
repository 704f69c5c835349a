/*---
description: $262.createRealm gives a new realm with its own global and $262
---*/
var other = $262.createRealm();
assert.notSameValue(other.global, this);
assert.sameValue(typeof other.global.print, "function");
other.evalScript("var createdInOtherRealm = 42;");
assert.sameValue(other.global.createdInOtherRealm, 42);
assert.sameValue(typeof createdInOtherRealm, "undefined");
assert.sameValue($262.global, this);
