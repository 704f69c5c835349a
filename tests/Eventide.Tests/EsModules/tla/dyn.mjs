const ns = await import('./c.mjs');
console.log(ns.c, (await import('./c.mjs')) === ns);
const json = await import('./data.json', { with: { type: 'json' } });
console.log(json.default);
