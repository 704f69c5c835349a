console.log('b sync');
queueMicrotask(() => console.log('b microtask'));
