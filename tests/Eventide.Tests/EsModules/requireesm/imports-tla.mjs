import "./tla.mjs";
export const u = 1;
