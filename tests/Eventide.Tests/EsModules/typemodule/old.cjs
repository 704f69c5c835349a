module.exports = { v: "cjs" };
