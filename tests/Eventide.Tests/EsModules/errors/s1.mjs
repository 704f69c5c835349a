export const dup = 1;
