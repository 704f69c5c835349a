export const before = 1; throw new RangeError("module failed");
