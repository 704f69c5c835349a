// A stdin nobody reads, or one paused, does not keep the process alive.
const s = process.stdin;
s.on('end', () => console.log('end never comes'));
console.log('flowing', s.readableFlowing, 'paused', s.isPaused());
s.pause();
console.log('flowing', s.readableFlowing, 'paused', s.isPaused());
setTimeout(() => console.log('timer'), 5);
process.on('exit', () => console.log('exit'));
