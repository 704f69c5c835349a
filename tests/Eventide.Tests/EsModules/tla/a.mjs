console.log('a start');
Promise.resolve().then(() => console.log('a micro 1')).then(() => console.log('a micro 2')).then(() => console.log('a micro 3'));
await 1;
console.log('a after await 1');
await 2;
console.log('a end');
