'use strict';
// node:dns/promises: the promise half of node:dns.
module.exports = require('dns').promises;
