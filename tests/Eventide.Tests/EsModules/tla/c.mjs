import './d.mjs';
console.log('c runs');
export const c = 'C';
await Promise.resolve();
console.log('c end');
