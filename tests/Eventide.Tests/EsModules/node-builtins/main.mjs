// Built-in modules imported as node imports them: the default export is module.exports, named exports its keys.
import path, { join, win32, sep, basename } from 'node:path';
import posix from 'path/posix';
import { join as win32Join } from 'path/win32';
import * as pathNamespace from 'path';
import os, { EOL, platform, constants } from 'node:os';
import tty, { isatty } from 'tty';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(join('a', 'b', '..', 'c'), win32.join('a', 'b'), sep, basename('/x/y.mjs', '.mjs'), win32Join('x', '/y'));
console.log(posix === path.posix, pathNamespace.default === path, pathNamespace.resolve === path.resolve, require('path') === path);
console.log(JSON.stringify(EOL), platform() === process.platform, constants.signals.SIGTERM, os.EOL === EOL, require('os') === os);
console.log(typeof tty.isatty, isatty(1), isatty(-1), require('node:tty') === tty);
console.log(path.basename(import.meta.url), path.extname(import.meta.url));
