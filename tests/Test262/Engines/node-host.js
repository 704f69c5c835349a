'use strict';
// The test262 runner's node host (tests/Test262/Engines/NodeEngine.cs starts it): one request per
// stdin line (JSON: file, strict, module, async, htmldda, harness names, timeout ms), one answer per
// stdout line (JSON: kind None|Parse|Runtime|Timeout|Internal, name, message, harness, printed).
// Each test runs in a fresh vm context (a new realm) with print and $262 built from vm.
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const readline = require('readline');

// Stray errors of earlier tests' jobs must not end the worker.
process.on('unhandledRejection', () => {});
process.on('uncaughtException', () => {});

const harnessDir = process.argv[2];
const harnessCache = new Map();
function harnessSource(name) {
  let s = harnessCache.get(name);
  if (s === undefined) harnessCache.set(name, s = fs.readFileSync(path.join(harnessDir, name), 'utf8'));
  return s;
}

const AsyncMarker = 'Test262:AsyncTest';

// A realm: a new context whose global gets print and $262 (createRealm, evalScript,
// detachArrayBuffer, gc, global, IsHTMLDDA when asked).
function createRealm(test) {
  const context = vm.createContext({});
  const global = vm.runInContext('this', context);
  const realmSyntaxError = global.SyntaxError;
  const $262 = vm.runInContext('({})', context);
  const define = (o, name, value) => Object.defineProperty(o, name, { value, writable: true, configurable: true, enumerable: false });
  define(global, 'print', function print(value) { test.printed.push(String(value)); });
  define($262, 'global', global);
  define($262, 'createRealm', function createRealmFn() { return createRealm(test).$262; });
  define($262, 'evalScript', function evalScript(source) {
    let script;
    // ParseScript's errors are this realm's SyntaxError.
    try { script = new vm.Script(String(source), { filename: 'evalScript', importModuleDynamically: test.importDynamically }); }
    catch (e) { throw new realmSyntaxError(e && e.message); }
    return script.runInContext(context);
  });
  define($262, 'detachArrayBuffer', function detachArrayBuffer(buffer) {
    structuredClone(undefined, { transfer: [buffer] });
    return null;
  });
  if (typeof gc === 'function') define($262, 'gc', gc);
  if (test.htmldda) {
    // V8's undetectable object (document.all's [[IsHTMLDDA]]), made with natives syntax switched on for that one call.
    v8.setFlagsFromString('--allow-natives-syntax');
    try { define($262, 'IsHTMLDDA', vm.runInContext('%GetUndetectable()', context)); }
    finally { v8.setFlagsFromString('--no-allow-natives-syntax'); }
  }
  define(global, '$262', $262);
  return { context, global, $262 };
}

function describe(kind, error, extra) {
  let name = '(non-error value)', message = '';
  try {
    if ((typeof error === 'object' && error !== null) || typeof error === 'function') {
      if (error.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { kind: 'Timeout', ...extra };
      name = '(unknown)';
      try { const c = error.constructor; if (c && typeof c.name === 'string') name = c.name; } catch {}
      try { if (typeof error.message === 'string') message = error.message; } catch {}
    } else {
      message = String(error);
    }
  } catch { message = '(unprintable value)'; }
  return { kind, name, message, ...extra };
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const turn = () => new Promise((resolve) => setImmediate(resolve));

// Modules: files are modules, resolved relative to the importer; `with { type: 'json' }` gives a JSON module.
function moduleLoader(test, realm) {
  const cache = new Map();
  function load(file, attributes) {
    const key = (attributes && attributes.type === 'json' ? 'json:' : '') + file;
    let m = cache.get(key);
    if (m) return m;
    const text = fs.readFileSync(file, 'utf8');
    if (attributes && attributes.type === 'json') {
      const parse = vm.runInContext('JSON.parse', realm.context);
      m = new vm.SyntheticModule(['default'], function () { this.setExport('default', parse(text)); }, { identifier: file, context: realm.context });
    } else {
      m = new vm.SourceTextModule(text, {
        identifier: file, context: realm.context,
        importModuleDynamically: (specifier, referrer, attrs) => test.importDynamically(specifier, referrer, attrs),
        initializeImportMeta() {},
      });
    }
    cache.set(key, m);
    return m;
  }
  const resolve = (specifier, referrer) => path.resolve(path.dirname(referrer), specifier);
  const linker = (specifier, referencing, extra) =>
    load(resolve(specifier, referencing.identifier), (extra && (extra.attributes || extra.assert)) || {});
  return { load, linker, resolve, seed: (file, m) => cache.set(file, m) };
}

async function run(request) {
  const test = { printed: [], htmldda: request.htmldda, importDynamically: null };
  const realm = createRealm(test);
  const loader = moduleLoader(test, realm);
  // import(): one link-and-evaluate per module, however many imports wait for it.
  const loading = new Map();
  test.importDynamically = (specifier, referrer, attrs) => {
    const from = referrer && referrer.identifier ? referrer.identifier : request.file;
    const m = loader.load(loader.resolve(specifier, from === 'evalScript' ? request.file : from), attrs || {});
    let done = loading.get(m);
    if (!done) {
      loading.set(m, done = (async () => {
        if (m.status === 'unlinked') await m.link(loader.linker);
        if (m.status === 'linked') await m.evaluate();
        else if (m.status === 'evaluating') await new Promise((resolve) => setImmediate(resolve));
        if (m.status === 'errored') throw m.error;
        return m;
      })());
    }
    return done;
  };
  const options = { timeout: request.timeout };

  for (const name of request.harness) {
    try { new vm.Script(harnessSource(name), { filename: 'harness/' + name }).runInContext(realm.context, options); }
    catch (e) { return describe('Runtime', e, { harness: name }); }
  }

  const source = fs.readFileSync(request.file, 'utf8');
  if (request.module) {
    let m;
    try { m = new vm.SourceTextModule(source, { identifier: request.file, context: realm.context, importModuleDynamically: test.importDynamically, initializeImportMeta() {} }); }
    catch (e) { return describe('Parse', e); }
    // The test file imported (by itself or a fixture) is the test module.
    loader.seed(request.file, m);
    try { await m.link(loader.linker); }
    catch (e) { return describe(e instanceof SyntaxError || (e && e.constructor && e.constructor.name === 'SyntaxError') ? 'Parse' : 'Runtime', e); }
    try {
      const settled = await Promise.race([m.evaluate(options).then(() => true), delay(Math.min(2000, request.timeout))]);
      if (settled !== true && !request.async) return { kind: 'Timeout' };
    } catch (e) { return describe('Runtime', e); }
  } else {
    let script;
    try { script = new vm.Script(request.strict ? '"use strict";\n' + source : source, { filename: request.file, importModuleDynamically: test.importDynamically }); }
    catch (e) { return describe('Parse', e); }
    try { script.runInContext(realm.context, options); }
    catch (e) { return describe('Runtime', e); }
  }

  if (request.async) {
    // Promise jobs drain before the next turn; timers (Atomics.waitAsync timeouts) get a little longer.
    const deadline = Date.now() + Math.min(2000, request.timeout);
    await turn();
    while (!test.printed.some((l) => l.startsWith(AsyncMarker)) && Date.now() < deadline) await delay(5);
  }
  return { kind: 'None', printed: test.printed };
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let queue = Promise.resolve();
rl.on('line', (line) => {
  queue = queue.then(async () => {
    let answer;
    try { answer = await run(JSON.parse(line)); }
    catch (e) { answer = { kind: 'Internal', message: String(e && e.stack || e) }; }
    process.stdout.write(JSON.stringify(answer) + '\n');
  });
});
rl.on('close', () => queue.then(() => process.exit(0)));
