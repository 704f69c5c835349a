console.log('d start');
await new Promise(r => setTimeout(r, 1));
console.log('d end');
