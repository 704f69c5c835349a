'use strict';
// fast-xml-parser: XML to JS objects (attributes, arrays, entities, CDATA), validation, and building XML back.
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');
const show = (label, value) => console.log(label, JSON.stringify(value));
const xml = '<?xml version="1.0"?><catalog><book id="b1" lang="en"><title>XML &amp; JSON</title><price>29.99</price><tags><tag>a</tag><tag>b</tag></tags></book><book id="b2"><title><![CDATA[<raw>]]></title><price>5</price></book></catalog>';
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseAttributeValue: true }).parse(xml);
show('parse', parsed);
show('validate', [XMLValidator.validate(xml), XMLValidator.validate('<a><b></a>')]);
show('build', new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true }).build(parsed));
