import { dup } from "./star.mjs";
console.log(dup);
