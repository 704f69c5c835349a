import { storage } from './store.mjs';
await null;
export const late = `late sees ${storage.getStore()}`;
