'use strict';
// lunr: full-text index with stemming, fields and boosts, wildcards, fuzzy terms, presence, serialisation.
const lunr = require('lunr');
const show = (label, value) => console.log(label, JSON.stringify(value));
const docs = [
  { id: 'a', title: 'Running in the rain', body: 'Runners love running even when it rains heavily.' },
  { id: 'b', title: 'Cooking pasta', body: 'Boil the water, add salt, cook the pasta until al dente.' },
  { id: 'c', title: 'Rainy day cooking', body: 'When it is raining, cook soup and bake bread.' },
  { id: 'd', title: 'Marathon training', body: 'Long runs, tempo runs and rest days build endurance.' },
];
const idx = lunr(function () {
  this.ref('id');
  this.field('title', { boost: 10 });
  this.field('body');
  this.metadataWhitelist = ['position'];
  docs.forEach(d => this.add(d));
});
const results = q => idx.search(q).map(r => [r.ref, +r.score.toFixed(4)]);
for (const q of ['running', 'run', 'rain', 'cook*', 'pastaa~1', 'title:cooking', '+rain -cook', 'rain^10 bread', 'endurance days', 'nothing', 'ma*on', '*ing']) show(q, results(q));
show('positions', idx.search('pasta').map(r => r.matchData.metadata));
const json = JSON.stringify(idx);
const loaded = lunr.Index.load(JSON.parse(json));
show('serialised', [json.length > 1000, loaded.search('bread').map(r => r.ref)]);
show('query builder', idx.query(q => { q.term('run', { fields: ['body'], wildcard: lunr.Query.wildcard.TRAILING }); q.term('marathon', { presence: lunr.Query.presence.REQUIRED }); }).map(r => r.ref));
show('stemmer', ['running', 'cooked', 'happiness', 'relational', 'conditionally', 'generously'].map(w => lunr.stemmer(new lunr.Token(w)).toString()));
show('tokenizer', lunr.tokenizer('Hello, World-wide web! 2024').map(String));
show('stopwords', ['the', 'and', 'pasta'].map(w => !!lunr.stopWordFilter(new lunr.Token(w))));
try { idx.search('title:'); } catch (e) { show('parse error', [e.name, e.message]); }
