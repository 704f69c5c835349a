/*---
description: endless calls are stopped too (polled on calls)
---*/
function f() { try { f(); } catch (e) { f(); } }
f();
