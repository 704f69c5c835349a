export { default as data } from './data.json' with { type: 'json' };
export * from './plain.mjs' with { };
