export const u = "util";
