/*---
description: $262.evalScript runs global code; syntax errors throw SyntaxError
---*/
$262.evalScript("let evalScriptBinding = 7;");
assert.sameValue(evalScriptBinding, 7);
assert.throws(SyntaxError, function() { $262.evalScript("var = ;"); });
