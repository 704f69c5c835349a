// An import that names an export the module does not have.
import { y, zzz as q } from "./lib.mjs";
console.log("never runs", y, q);
