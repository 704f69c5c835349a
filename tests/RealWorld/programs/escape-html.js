'use strict';
// escape-html: HTML escaping of strings and non-strings.
const escapeHtml = require('escape-html');
const show = (label, value) => console.log(label, JSON.stringify(value));

show('escape-html', [escapeHtml('<a href="x">Tom & Jerry\'s</a>'), escapeHtml('plain'), escapeHtml(''), escapeHtml(42), escapeHtml('&&&')]);
