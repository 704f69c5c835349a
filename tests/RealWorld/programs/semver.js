'use strict';
// semver: parsing, comparison, ranges, increments, coercion.
const semver = require('semver');
const show = (label, value) => console.log(label, JSON.stringify(value));
show('valid', ['1.2.3', 'v1.2.3', '1.2', '1.2.3-beta.1+build.5', ' =1.2.3 ', 'a.b.c'].map(v => semver.valid(v)));
show('clean', ['  =v1.2.3   ', '~1.0.0'].map(v => semver.clean(v)));
show('compare', [semver.gt('1.2.3', '9.8.7'), semver.lt('1.2.3', '9.8.7'), semver.compare('1.0.0-alpha', '1.0.0'), semver.rcompare('1.0.0', '2.0.0'), semver.eq('1.0.0', 'v1.0.0'), semver.diff('1.2.3', '1.3.0'), semver.major('4.5.6'), semver.prerelease('1.2.3-rc.1')]);
show('sort', semver.sort(['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9', '10.0.0']));
show('ranges', [semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'), semver.satisfies('2.0.0', '^1.2.3'), semver.satisfies('1.2.4-beta', '^1.2.3'), semver.satisfies('1.2.4-beta', '^1.2.3', { includePrerelease: true }), semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0'], '~1.2.0'), semver.minSatisfying(['1.2.3', '1.2.4'], '*'), semver.validRange('~1.2'), semver.minVersion('>=1.0.0 <2'), semver.intersects('^1.0.0', '~1.5.0'), semver.outside('3.0.0', '^1.0.0', '>'), semver.gtr('3.0.0', '^1.0.0')]);
show('inc', [semver.inc('1.2.3', 'minor'), semver.inc('1.2.3', 'prerelease', 'beta'), semver.inc('1.2.3-beta.0', 'prerelease'), semver.inc('1.2.3', 'premajor'), semver.inc('bad', 'patch')]);
show('coerce', ['v2', '42.6.7.9.3-alpha', 'version 3.4 rc', 'none'].map(v => String(semver.coerce(v))));
const sv = new semver.SemVer('1.2.3-alpha.1+b');
show('SemVer', [sv.major, sv.minor, sv.patch, sv.prerelease, sv.build, sv.format(), sv.compare('1.2.3')]);
show('Range', new semver.Range('>=1.2.7 <1.3.0 || 2.x').set.map(c => c.map(x => x.value)));
try { new semver.SemVer('nope'); } catch (e) { show('error', [e.name, e.message]); }
