// net.Socket writes of strings in each encoding and of views, alone and corked into one writev
// batch (the handle encodes strings and gathers a batch itself); the server answers with the hex
// of all it received, and bytesWritten counts what went out. Reads arrive as Buffers.
const net = require('net');

const server = net.createServer((socket) => {
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('server got', chunks.every((c) => Buffer.isBuffer(c) && c instanceof Buffer), all.length, all.toString('hex'));
    socket.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('héllo ', 'utf8');
    client.write('héllo ', 'latin1');
    client.write('4142', 'hex');
    client.write('QUJD', 'base64');
    client.write('QUJD', 'base64url');
    client.write('hi', 'utf16le');
    client.write('\ud83c\udf89\ud800', 'utf8');
    client.write(new Uint8Array([1, 2, 3]));
    client.write(Buffer.from('buf'));
    client.cork();
    client.write('a', 'ascii');
    client.write(Buffer.from([0xff]));
    client.write('ff00', 'hex');
    client.write(new Uint16Array([0x4142]));
    client.write('', 'utf8');
    client.write('ż', 'UTF-8', () => console.log('corked write called back'));
    client.uncork();
    client.end('end', () => console.log('bytesWritten', client.bytesWritten));
  });
  client.on('data', () => {});
  client.on('close', () => server.close());
});
