import { y } from "./plain.mjs" with { type: "json" };
console.log(y);
