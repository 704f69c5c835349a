export * from "./s1.mjs"; export * from "./s2.mjs"; import { dup } from "./ambiguous.mjs";
