// Objects and classes: allocation, property access, method calls.
class Vec {
  constructor(x, y) { this.x = x; this.y = y; }
  add(o) { return new Vec(this.x + o.x, this.y + o.y); }
  dot(o) { return this.x * o.x + this.y * o.y; }
  get length() { return Math.sqrt(this.dot(this)); }
}
class Particle {
  constructor(i) { this.pos = new Vec(i, -i); this.vel = new Vec(1, 2); this.id = i; }
  step() { this.pos = this.pos.add(this.vel); return this; }
}
let acc = 0;
const ps = [];
for (let i = 0; i < 1000; i++) ps.push(new Particle(i));
for (let t = 0; t < 300; t++) for (const p of ps) acc = (acc + p.step().pos.dot(p.vel)) % 1000000007;
const o = { a: 1, b: 2, c: 3 };
for (let i = 0; i < 1000000; i++) { o.a = o.b + o.c; o.b = o.a - o.c; o.c = (o.c + 1) % 100; }
console.log('checksum', acc, o.a, o.b, o.c, Math.round(ps[0].pos.length));
