await null;
export const t = 1;
