'use strict';
// classnames: strings, objects, arrays, falsy values, dedupe and bind variants.
const classNames = require('classnames');
const show = (label, value) => console.log(label, JSON.stringify(value));

show('classnames', [classNames('foo', 'bar'), classNames('foo', { bar: true, baz: false }), classNames({ 'foo-bar': true }, ['a', ['b', { c: 1 }]], null, undefined, 0, 1, ''), classNames({ toString() { return 'custom'; } }), classNames(Object.create({ inherited: true }))]);
const dedupe = require('classnames/dedupe');
const bind = require('classnames/bind');
show('classnames dedupe/bind', [dedupe('foo', 'foo', 'bar', { foo: false }), bind.bind({ foo: 'hash-foo' })('foo', 'bar')]);
