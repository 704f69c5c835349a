export * from './s1.mjs';
export * from './s2.mjs';
export * as nsB from './cyc-b.mjs';
export const x = 1;
