export * from "./lib.mjs";
export * from "./lib2.mjs";
