export const y = 1;
export const dup = 1;
