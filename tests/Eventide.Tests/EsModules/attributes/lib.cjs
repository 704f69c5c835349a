module.exports = { c: 3 };
