// nanoid@5 (ESM only): ids from the Web Crypto random source, custom alphabets and sizes, by shape.
import { nanoid, customAlphabet, customRandom, urlAlphabet, random } from 'nanoid';

const ids = Array.from({ length: 200 }, () => nanoid());
console.log(ids.every((id) => id.length === 21 && /^[A-Za-z0-9_-]+$/.test(id)), new Set(ids).size);
console.log(nanoid(10).length, urlAlphabet.length, random(5).length, random(5) instanceof Uint8Array);
const hex = customAlphabet('0123456789abcdef', 12);
console.log(/^[0-9a-f]{12}$/.test(hex()), hex(4).length);
// customRandom with a fixed source is deterministic: the same ids under node and eventide.
let seed = 7;
const fixed = customRandom('abcdefghij', 8, (size) => new Uint8Array(size).map(() => (seed = (seed * 31 + 11) % 256)));
console.log(fixed(), fixed(), fixed());
