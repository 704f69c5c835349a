/*---
description: includes are evaluated after assert.js and sta.js
includes:
  - fixtureHelper.js
---*/
assert.sameValue(fixtureHelperLoaded(), true);
