'use strict';
// path.posix and path.win32 over generated inputs (prefixes x middles x suffixes), compared with node.
const path = require('path');
// resolve() asks process.cwd() each time (node does too): a fixed one makes the output the same everywhere.
process.cwd = () => '/home/user/project';
const show = (v) => JSON.stringify(v);
const call = (f) => { try { return show(f()); } catch (e) { return `${e.name}[${e.code}]: ${e.message}`; } };

const middles = ['', 'a', 'a/b', 'a\\b', '.', '..', '../..', 'a/../..', '.dotfile', 'file.txt', 'dir/file.tar.gz', 'a/./b', 'a//b', '...', 'a.', '..x', 'x/..'];
const suffixes = ['', '/', '\\', '/.'];
// Win32 roots matter to win32; posix sees most of them as names, so it gets fewer.
const prefixes = {
  posix: ['', '/', '//', '///', '\\', 'C:\\', './', '../'],
  win32: ['', '/', '//', '\\', '\\\\', 'C:', 'c:\\', 'C:/', 'z:\\\\', '\\\\server\\share', '//server/share/', '\\\\server', '\\\\?\\C:\\', '\\\\.\\pipe\\', './', '1:'],
};
const inputs = (flavour) => {
  const set = new Set();
  for (const p of prefixes[flavour]) for (const m of middles) for (const s of suffixes) set.add(p + m + s);
  return set;
};

for (const flavour of ['posix', 'win32']) {
  const P = path[flavour];
  console.log(`== ${flavour} single-argument (normalize dirname basename extname isAbsolute toNamespacedPath parse)`);
  for (const input of inputs(flavour)) {
    const parsed = call(() => Object.values(P.parse(input)));
    console.log([show(input), call(() => P.normalize(input)), call(() => P.dirname(input)), call(() => P.basename(input)),
      call(() => P.extname(input)), call(() => P.isAbsolute(input)), call(() => P.toNamespacedPath(input)), parsed,
      call(() => P.format(P.parse(input)))].join(' '));
  }
}

const pairPool = ['', '.', '..', '/', 'a', 'a/b', '/a/b', '/a/b/c', '/a/bc', '/a/b/', '../x', 'C:', 'C:\\a', 'c:\\A\\b', 'C:a', 'D:\\x', '\\\\srv\\sh\\p', '//srv/sh', '\\a\\b', 'a\\..\\..', '/home/USER/x'];
for (const flavour of ['posix', 'win32']) {
  const P = path[flavour];
  console.log(`== ${flavour} pairs (join resolve relative)`);
  for (const a of pairPool) for (const b of pairPool)
    console.log([show(a), show(b), call(() => P.join(a, b)), call(() => P.resolve(a, b)), call(() => P.relative(a, b))].join(' '));
  console.log(call(() => P.join()), call(() => P.resolve()), call(() => P.join('a', 'b', '..', 'c', '', 'd/')), call(() => P.resolve('a', '/b', 'c', '..', 'd')));
}

console.log('== basename with ext');
const exts = ['', '.txt', 'txt', 'file.txt', '.', 'e', '.gz', '.tar.gz', 'x', '/', 'a.txt/'];
for (const flavour of ['posix', 'win32']) {
  const P = path[flavour];
  for (const input of ['file.txt', 'file.txt/', 'dir/file.txt', '/file.txt//', 'C:\\d\\file.txt', '.txt', 'a.txt', 'aaa', 'e', '', '/', 'C:', 'file.tar.gz', 'x\\y.txt\\'])
    console.log(flavour, show(input), exts.map((e) => call(() => P.basename(input, e))).join(' '));
}

console.log('== format');
const objects = [{}, { root: '/' }, { dir: '/home/u' }, { base: 'f.txt' }, { name: 'f', ext: '.txt' }, { name: 'f', ext: 'txt' },
  { root: '/', dir: '/home', base: 'x' }, { root: '/', base: 'x' }, { dir: 'd', name: 'n', ext: '.e', base: 'b.c' }, { root: 'C:\\', name: 'n' },
  { dir: 'C:\\path\\dir', base: 'file.txt' }, { root: 'r', dir: 'r' }, { dir: '/', base: 'x' }, { name: 'n', ext: '' }, { ext: '.e' }];
for (const flavour of ['posix', 'win32']) for (const o of objects) console.log(flavour, JSON.stringify(o), call(() => path[flavour].format(o)));

console.log('== validation (the first message in full, then the code and argument name of each call)');
const bad = [undefined, null, 1, -0, 1.5, NaN, true, Symbol('s'), 10n, {}, [], ['a'], () => {}, function named() {}, new Date(0), /re/, new String('boxed'), Object.create(null), 'x'.repeat(40), "it's", 'a\nb'];
const brief = (f) => { try { return show(f()); } catch (e) { return `${e.name}[${e.code}] ${/"([^"]+)" argument/.exec(e.message)?.[1]}`; } };
for (const flavour of ['posix', 'win32']) {
  const P = path[flavour];
  for (const v of bad) {
    console.log(flavour, call(() => P.normalize(v)), '|', call(() => P.format(v)));
    console.log('  ', [brief(() => P.join('a', v)), brief(() => P.resolve('a', v)), brief(() => P.resolve(v, '/abs')), brief(() => P.relative(v, 'a')),
      brief(() => P.relative('a', v)), brief(() => P.dirname(v)), brief(() => P.basename(v)), brief(() => P.basename('a', v)), brief(() => P.extname(v)),
      brief(() => P.isAbsolute(v)), brief(() => P.parse(v)), brief(() => P.toNamespacedPath(v))].join(', '));
  }
}

console.log('== matchesGlob (experimental in node 20: the warning goes to stderr)');
const globCases = [
  ['a/b/c.js', '**/*.js'], ['c.js', '**/*.js'], ['a/.b/c.js', '**/*.js'], ['.a/c.js', '**/*.js'], ['a/b/c.js', 'a/*/c.js'], ['a/b/c.js', 'a/*.js'],
  ['a/b/c.js', 'a/**'], ['a', 'a/**'], ['a/', 'a/**'], ['.hidden', '*'], ['.hidden', '.*'], ['x.hidden', '*.hidden'], ['abc', 'a?c'], ['a/c', 'a?c'],
  ['abc', 'a[b-d]c'], ['aec', 'a[b-d]c'], ['aec', 'a[!b-d]c'], ['abc', 'a[^b]c'], ['a.js', '*.{js,ts}'], ['a.ts', '*.{js,ts}'], ['a.md', '*.{js,ts}'],
  ['file3', 'file{1..5}'], ['file7', 'file{1..5}'], ['a/b', 'a/b/'], ['a/b/', 'a/b'], ['/a/b', '/a/*'], ['/a/b', 'a/*'], ['a\\b', 'a/b'], ['a/b', 'a\\b'],
  ['foo.js', '@(foo|bar).js'], ['baz.js', '@(foo|bar).js'], ['baz.js', '!(foo|bar).js'], ['foo.js', '!(foo|bar).js'], ['aaa', '+(a)'], ['', '*'], ['abc', ''],
  ['a/b/c/d', 'a/**/d'], ['a/d', 'a/**/d'], ['a/./d', 'a/**/d'], ['a/../d', 'a/**/d'], ['ABC', 'abc'], ['a*b', 'a\\*b'], ['#a', '#a'], ['!a', '!a'], ['b', '!a'],
  ['src/x.test.js', 'src/**/*.test.js'], ['src/a/b/x.test.js', 'src/**/*.test.js'], ['x', '**'], ['.x', '**'], ['a/.x', 'a/**'],
];
for (const [p, g] of globCases) console.log(JSON.stringify(p), JSON.stringify(g), path.matchesGlob(p, g), path.win32.matchesGlob(p, g));
for (const bad of [[1, 'a'], ['a', 1]]) console.log(call(() => path.matchesGlob(...bad)));

console.log('== shape');
console.log(path === path.posix, path.posix.posix === path.posix, path.posix.win32 === path.win32, path.win32.posix === path.posix, path.win32.win32 === path.win32);
console.log(path.sep, path.delimiter, path.win32.sep, path.win32.delimiter, Object.keys(path).join(','), Object.keys(path.win32).join(','));
console.log(require('node:path') === path, require('path/posix') === path.posix, require('path/win32') === path.win32, require('node:path/win32') === path.win32);
console.log(path.join.name, path.join.length, path.resolve.length, path.relative.length, path.basename.length, path.format.length, path._makeLong === path.toNamespacedPath);
const { join, basename } = path; console.log(join('a', 'b'), basename('/x/y.z', '.z'));
console.log(typeof path.matchesGlob, path.resolve('x'), path.win32.resolve('x'));
