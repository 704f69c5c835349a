console.log("plain.mjs evaluates once");
export const a = 1;
export let counter = 0;
export function bump() { counter++; }
