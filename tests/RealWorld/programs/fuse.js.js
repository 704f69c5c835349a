'use strict';
// fuse.js: fuzzy search over strings and objects, weighted keys, extended search, scores and match indices.
const Fuse = require('fuse.js');
const show = (label, value) => console.log(label, JSON.stringify(value));
const books = [
  { title: "Old Man's War", author: { first: 'John', last: 'Scalzi' }, tags: ['sci-fi'] },
  { title: 'The Lock Artist', author: { first: 'Steve', last: 'Hamilton' }, tags: ['thriller'] },
  { title: 'HTML5', author: { first: 'Remy', last: 'Sharp' }, tags: ['web'] },
  { title: 'Right Ho Jeeves', author: { first: 'P.D', last: 'Woodhouse' }, tags: ['comedy'] },
  { title: 'The Code of the Wooster', author: { first: 'P.D', last: 'Woodhouse' }, tags: ['comedy'] },
  { title: 'Thank You Jeeves', author: { first: 'P.D', last: 'Woodhouse' }, tags: ['comedy'] },
  { title: 'The DaVinci Code', author: { first: 'Dan', last: 'Brown' }, tags: ['thriller'] },
  { title: 'Angels & Demons', author: { first: 'Dan', last: 'Brown' }, tags: ['thriller'] },
];
const summary = rs => rs.map(r => [r.item.title || r.item, r.refIndex, r.score === undefined ? null : +r.score.toFixed(4)]);
const fuse = new Fuse(books, { keys: ['title', 'author.last'], includeScore: true });
show('basic', summary(fuse.search('jeves')));
show('author', summary(fuse.search('wodhous')));
show('limit', summary(fuse.search('the', { limit: 2 })));
const weighted = new Fuse(books, { keys: [{ name: 'title', weight: 0.3 }, { name: 'tags', weight: 0.7 }], includeScore: true, threshold: 0.4 });
show('weighted', summary(weighted.search('thriler')));
const matches = new Fuse(books, { keys: ['title'], includeMatches: true, minMatchCharLength: 2 });
show('matches', fuse.search('code').length + ' ' + JSON.stringify(matches.search('davinci').map(r => r.matches.map(m => [m.key, m.indices]))));
const extended = new Fuse(books, { keys: ['title', 'author.first'], useExtendedSearch: true });
show('extended', ["'Jeeves", '^The', '!the', '=HTML5', 'Code$', "dan | remy"].map(q => [q, extended.search(q).map(r => r.refIndex)]));
show('logical', new Fuse(books, { keys: ['title', 'author.last'] }).search({ $and: [{ 'author.last': 'woodhouse' }, { title: 'jeeves' }] }).map(r => r.refIndex));
const strings = new Fuse(['apple', 'apricot', 'banana', 'grape', 'pineapple', 'grapefruit'], { includeScore: true });
show('strings', summary(strings.search('aple')));
show('ignoreLocation', summary(new Fuse(['a very long sentence that mentions zebra at the end'], { ignoreLocation: true, includeScore: true }).search('zebra')));
strings.add('applesauce');
strings.remove(doc => doc === 'banana');
show('add/remove', summary(strings.search('apple')));
const index = Fuse.createIndex(['title'], books);
show('prebuilt index', new Fuse(books, { keys: ['title'] }, index).search('artist').map(r => r.refIndex));
show('getFn', new Fuse(books, { keys: ['x'], getFn: (b) => b.author.first + ' ' + b.author.last }).search('scalzi').map(r => r.refIndex));
show('version', typeof Fuse.version);
