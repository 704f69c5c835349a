'use strict';
// chance: seeded random generation (numbers, strings, names, dates, addresses, picks, shuffles) - deterministic per seed.
const Chance = require('chance');
const show = (label, value) => console.log(label, JSON.stringify(value));
const c = new Chance(12345);
show('numbers', [c.integer(), c.integer({ min: -10, max: 10 }), c.floating({ min: 0, max: 1, fixed: 4 }), c.natural({ max: 100 }), c.bool(), c.bool({ likelihood: 90 }), c.prime(), c.d20(), c.rpg('3d6')]);
show('strings', [c.character(), c.string({ length: 8 }), c.string({ pool: 'abc', length: 5 }), c.word(), c.sentence({ words: 5 }), c.paragraph({ sentences: 1 }), c.syllable(), c.hash({ length: 12 }), c.guid(), c.letter({ casing: 'upper' })]);
show('person', [c.name(), c.first({ gender: 'female' }), c.last(), c.gender(), c.age({ type: 'adult' }), c.ssn(), c.prefix(), c.email({ domain: 'example.com' }), c.twitter(), c.profession ? 'p' : '-']);
show('location', [c.address(), c.city(), c.state(), c.zip(), c.country({ full: true }), c.coordinates(), c.phone(), c.postal(), c.street({ short_suffix: true })]);
show('web', [c.domain(), c.url({ protocol: 'https' }), c.ip(), c.ipv6(), c.color({ format: 'hex' }), c.tld(), c.avatar({ protocol: 'https' })]);
show('time', [c.year({ min: 1900, max: 2000 }), c.month(), c.weekday(), c.hour({ twentyfour: true }), c.minute(), c.date({ year: 2020 }).getFullYear(), c.ampm()]);
show('helpers', [c.pickone(['a', 'b', 'c']), c.pickset([1, 2, 3, 4, 5], 2), c.shuffle([1, 2, 3, 4, 5, 6]), c.unique(c.integer, 3, { min: 1, max: 10 }), c.n(c.d6, 4), c.weighted(['x', 'y'], [1, 99]), c.pad(5, 3), c.capitalize('word')]);
show('finance', [c.cc({ type: 'Visa' }), c.dollar(), c.euro({ max: 10 }), c.exp(), c.cc_type()]);
show('misc', [c.android_id(), c.apple_token().length, c.fbid(), c.hashtag(), c.mixin ? 'mixin' : '-', c.radio(), c.tv(), c.animal(), c.emotion ? 'e' : '-']);
const same = [new Chance('seed').string(), new Chance('seed').string()];
show('same seed', same[0] === same[1]);
show('mersenne', [new Chance(1).random(), new Chance(2).random()]);
try { c.integer({ min: 5, max: 1 }); } catch (e) { show('error', [e.name, e.message]); }
