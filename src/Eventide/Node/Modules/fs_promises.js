'use strict';
// node's fs/promises: the promise API of the fs module.
module.exports = require('fs').promises;
