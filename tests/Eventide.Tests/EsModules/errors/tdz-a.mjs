import { read } from './tdz-b.mjs';
export const seen = read();
export let late = 'late value';
