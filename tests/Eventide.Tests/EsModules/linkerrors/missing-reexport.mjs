export { nope } from "./lib.mjs";
