/*---
description: an endless loop is stopped by the time limit and fails as a timeout
---*/
while (true) {}
