'use strict';
// yargs-parser: options, aliases, arrays, counts, numbers, negation, configuration.
const parser = require('yargs-parser');
const show = (label, value) => console.log(label, JSON.stringify(value));
show('basic', parser(['--foo=33', '--bar', '9', '-x', '-abc', 'rest', '--no-color']));
show('options', parser('--name Ada -v -v --list a b --num 1.5 -- after', { alias: { v: 'verbose' }, count: ['v'], array: ['list'], string: ['name'], number: ['num'] }));
show('dot', parser(['--a.b.c=1', '--a.d', 'x']));
show('defaults/boolean', parser(['--flag', 'value'], { boolean: ['flag'], default: { other: 5 } }));
show('camel', parser(['--some-option', 'x']));
show('configuration', parser(['--foo-bar', '1'], { configuration: { 'camel-case-expansion': false, 'parse-numbers': false } }));
show('detailed', Object.keys(parser.detailed(['--a', '1'])));
