'use strict';
// uuid@8: v4/v1 generation shape, v3/v5 namespaces, parse/stringify/validate/version.
const uuid = require('uuid');
const show = (label, value) => console.log(label, JSON.stringify(value));
show('v4 shape', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid.v4()));
show('v1 shape', uuid.version(uuid.v1()));
show('v5', uuid.v5('hello.example.com', uuid.v5.DNS));
show('v3', uuid.v3('https://www.w3.org/', uuid.v3.URL));
show('validate', [uuid.validate('6ba7b810-9dad-11d1-80b4-00c04fd430c8'), uuid.validate('nope'), uuid.NIL]);
show('parse/stringify', uuid.stringify(uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')));
show('v4 unique', new Set(Array.from({ length: 100 }, () => uuid.v4())).size);
