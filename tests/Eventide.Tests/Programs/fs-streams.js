// fs streams: createWriteStream's open/ready/finish/close and bytesWritten, createReadStream's chunks (highWaterMark, encoding, start/end), async iteration, pipeline through a generator, ENOENT as 'error' then 'close'.
const fs = require('fs');
const { pipeline } = require('stream/promises');
const dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/eventide-fst-');
const hide = (s) => String(s).split(dir).join('<dir>');
const ws = fs.createWriteStream(dir + '/out.txt');
const events = [];
ws.on('open', (fd) => events.push(`open ${typeof fd}`));
ws.on('ready', () => events.push('ready'));
ws.on('finish', () => events.push('finish'));
ws.on('close', () => {
  events.push(`close ${ws.bytesWritten}`);
  console.log(events);
  const rs = fs.createReadStream(dir + '/out.txt', { encoding: 'utf8', highWaterMark: 8 });
  const got = [];
  rs.on('open', (fd) => got.push(`open ${typeof fd}`));
  rs.on('ready', () => got.push('ready'));
  rs.on('data', (d) => got.push(JSON.stringify(d)));
  rs.on('end', () => got.push('end'));
  rs.on('close', async () => {
    got.push(`close ${rs.bytesRead}`);
    console.log(got);
    const part = [];
    for await (const chunk of fs.createReadStream(dir + '/out.txt', { start: 6, end: 10 })) part.push(chunk.toString());
    console.log('range', part);
    await pipeline(fs.createReadStream(dir + '/out.txt'), async function* (src) { for await (const c of src) yield c.toString().toUpperCase(); }, fs.createWriteStream(dir + '/upper.txt'));
    console.log(fs.readFileSync(dir + '/upper.txt', 'utf8'));
    const missing = fs.createReadStream(dir + '/none');
    missing.on('error', (e) => console.log('error', e.code, e.syscall, hide(e.path)));
    missing.on('close', () => { console.log('missing closed'); fs.rmSync(dir, { recursive: true }); });
  });
});
ws.write('hello ');
ws.write(Buffer.from('streaming '));
ws.end('world\n', () => events.push('end callback'));
