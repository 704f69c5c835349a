// A module graph with top-level await: config.mjs waits for its data before main.mjs runs.
import { settings, reload } from './config.mjs';
import * as greet from './greet.mjs';

console.log(greet.hello(settings.name));
reload({ name: 'modules' });              // a live binding: importers see the new value
console.log(greet.hello(settings.name));

const { shout } = await import('./greet.mjs'); // the same module, already evaluated
console.log(shout(import.meta.url.endsWith('main.mjs') ? 'loaded from a file URL' : '?'));
