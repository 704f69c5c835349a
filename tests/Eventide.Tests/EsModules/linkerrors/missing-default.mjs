import d from "./lib.mjs";
console.log(d);
