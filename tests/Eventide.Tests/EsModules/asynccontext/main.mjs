// The async context across a module's top-level await and between modules (node:async_hooks).
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import hooks from 'async_hooks';
import { storage, seenAtLoad } from './store.mjs';

console.log('default export has the names', typeof hooks.AsyncLocalStorage, hooks.AsyncResource === AsyncResource);
console.log('seen while store.mjs evaluated', seenAtLoad);
await storage.run('in run', async () => {
  await null;
  console.log('after await inside run', storage.getStore());
  const { late } = await import('./late.mjs');
  console.log('dynamic import', late, storage.getStore());
});
console.log('after run', storage.getStore());
storage.enterWith('entered at top level');
await new Promise((r) => setTimeout(r, 5));
console.log('after top-level await', storage.getStore());
const local = new AsyncLocalStorage();
const resource = local.run(42, () => new AsyncResource('Job'));
setTimeout(() => console.log('resource scope in a timer', resource.runInAsyncScope(() => local.getStore()), local.getStore()), 1);
