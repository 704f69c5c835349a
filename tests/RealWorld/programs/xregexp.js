'use strict';
// xregexp: named captures, extended mode, Unicode categories, build/union/matchRecursive, replace with named backreferences.
const XRegExp = require('xregexp');
const show = (label, value) => console.log(label, JSON.stringify(value));
const date = XRegExp(`(?<year>  [0-9]{4} ) -?  # year
                      (?<month> [0-9]{2} ) -?  # month
                      (?<day>   [0-9]{2} )     # day`, 'x');
const m = XRegExp.exec('2024-02-29', date);
show('named exec', [m.groups.year, m.groups.month, m.groups.day, m.index]);
show('replace named', XRegExp.replace('2024-02-29', date, '$<month>/$<day>/$<year>'));
show('replace fn', XRegExp.replace('a1b22c333', XRegExp('\\d+', 'g'), match => '[' + match.length + ']'));
show('replaceEach', XRegExp.replaceEach('aabbcc', [[/a/g, 'x'], [XRegExp('(?<b>b)', 'g'), '<$<b>>'], ['c', 'C', 'all']]));
show('unicode', [XRegExp('^\\p{L}+$').test('Привет'), XRegExp('^\\p{Lu}').test('Été'), XRegExp('\\p{N}+').exec('abc١٢٣')[0], XRegExp('^\\P{L}+$').test('123!')]);
show('forEach', (() => { const out = []; XRegExp.forEach('1a2b3c', /\d/, (match, i) => out.push(match[0] + i)); return out; })());
show('match', [XRegExp.match('a1b2c3', /\d/g, 'all'), XRegExp.match('a1b2', /\d/, 'one')]);
show('split', XRegExp.split('a1b22c', /(\d+)/));
show('union', XRegExp.union(['a+b*c', /(dogs)\1/, /(cats)\1/], 'i').source);
const built = XRegExp.build('^{{hours}}:{{minutes}}$', { hours: XRegExp.build('{{h12}}|{{h24}}', { h12: /1[0-2]|0?[1-9]/, h24: /2[0-3]|[01][0-9]/ }), minutes: /[0-5][0-9]/ });
show('build', [built.test('10:59'), built.test('24:00'), built.test('3:05')]);
show('matchRecursive', XRegExp.matchRecursive('(t((e))s)t()(ing)', '\\(', '\\)', 'g'));
show('matchChain', XRegExp.matchChain('1 <b>2</b> 3 <B>4 \n 56</B>', [XRegExp('(?is)<b>.*?</b>'), { regex: /\d+/, backref: 0 }]));
show('escape', XRegExp.escape('Escaped? <.>'));
show('flags', [XRegExp('a.b', 's').test('a\nb'), XRegExp('(?i)abc').test('ABC'), XRegExp('a', 'gn').flags, XRegExp.isRegExp(/x/), XRegExp.isInstalled('astral')]);
show('tag', XRegExp.tag('x')`\b${'[a-z]+'} \d+ # comment`.source);
try { XRegExp('(?<n>a)(?<n>b)'); } catch (e) { show('error', [e.name, e.message]); }
