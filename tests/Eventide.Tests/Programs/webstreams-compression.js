// CompressionStream/DecompressionStream: node:zlib behind the web-stream bridges, as node has them.
(async () => {
  const cs = new CompressionStream('gzip');
  console.log(cs, Object.prototype.toString.call(cs), Object.getOwnPropertyNames(CompressionStream.prototype));
  try { new CompressionStream('zip'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { new DecompressionStream(); } catch (e) { console.log(e.name, e.code, e.message); }
  const input = 'hello hello hello hello '.repeat(100);
  const compressed = await new Response(new Blob([input]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer();
  const back = await new Response(new Blob([compressed]).stream().pipeThrough(new DecompressionStream('deflate'))).text();
  console.log(back === input, compressed.byteLength < input.length);
  for (const f of ['gzip', 'deflate-raw']) {
    const c = await new Response(new Blob([input]).stream().pipeThrough(new CompressionStream(f))).arrayBuffer();
    console.log(f, (await new Response(new Blob([c]).stream().pipeThrough(new DecompressionStream(f))).text()) === input);
  }
  const bad = new Blob([new Uint8Array([1, 2, 3, 4])]).stream().pipeThrough(new DecompressionStream('gzip'));
  try { await new Response(bad).text(); } catch (e) { console.log(e.name, e.code, e.message); }
  const w = new CompressionStream('gzip').writable.getWriter();
  try { await w.write('a string'); console.log('string accepted'); } catch (e) { console.log(e.name, e.code, e.message); }
})();
