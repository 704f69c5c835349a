const load = () => new Promise((resolve) => setTimeout(() => resolve({ name: 'world' }), 10));
export let settings = await load();
export function reload(next) { settings = next; }
