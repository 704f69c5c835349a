const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.write('a', (...a) => console.log('write cb', a));
w.end((...a) => console.log('end cb', a));
w.on('finish', (...a) => console.log('finish', a));
setTimeout(() => w.end((...a) => console.log('end after', a.map(String))), 5);
const w2 = new Writable({ writev(c, cb) { cb(); } });
w2.cork(); w2.write('a', (...a) => console.log('v cb', a)); w2.write('b', (...a) => console.log('v cb2', a)); w2.uncork();
