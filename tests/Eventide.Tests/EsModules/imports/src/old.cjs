module.exports = { value: "cjs through #cjs", util: typeof require("#cjs") };
