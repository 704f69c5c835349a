// structuredClone of binary data: typed arrays and DataViews over cloned buffers, Buffers as Uint8Arrays, resizable buffers, the transfer list (detaching, duplicates, invalid entries), SharedArrayBuffers shared.
const u = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
const c = structuredClone(u);
console.log(c, c.byteOffset, c.buffer.byteLength, c.buffer === u.buffer);
const b = Buffer.from('hi'); console.log(structuredClone(b));
const ab = new ArrayBuffer(4, { maxByteLength: 8 }); const abc = structuredClone(ab); console.log(abc.resizable, abc.maxByteLength);
const t = new Uint16Array([7, 8]); const moved = structuredClone({ t }, { transfer: [t.buffer] }); console.log(moved, t.byteLength, t.length);
const dv = new DataView(new ArrayBuffer(4), 1, 2); console.log(structuredClone(dv));
const shared = { a: u, b: u }; const sc = structuredClone(shared); console.log(sc.a === sc.b, sc.a.buffer === sc.b.buffer);
try { structuredClone(1, { transfer: [{}] }) } catch (e) { console.log(e.name, e.message, e.code) }
const det = new ArrayBuffer(2); structuredClone(det, { transfer: [det] }); try { structuredClone(det) } catch (e) { console.log(e.name, e.message) }
try { structuredClone(det, { transfer: [det] }) } catch (e) { console.log(e.name, e.message) }
const sab = new SharedArrayBuffer(2); const sabc = structuredClone(sab); new Uint8Array(sab)[0] = 9; console.log(new Uint8Array(sabc)[0]);
const x = new ArrayBuffer(2); try { structuredClone(x, { transfer: [x, x] }) } catch (e) { console.log(e.name, e.message) }
