const util = require('util');
const stream = require('stream');
const { once } = require('events');
(async () => {
  const pp = util.promisify(stream.pipeline);
  console.log(pp === require('stream/promises').pipeline, util.promisify(stream.finished) === require('stream/promises').finished);
  const out = [];
  await pp(stream.Readable.from([1, 2]), new stream.Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
  console.log(out);
  const w = new stream.PassThrough();
  w.end('x');
  w.resume();
  await once(w, 'end');
  console.log('once end', util.types ? typeof util.types.isUint8Array : '');
  console.log(util.inspect(new stream.Readable(), { depth: -1 }), String(new stream.Writable()), Object.prototype.toString.call(new stream.Duplex()));
})();
