// fs.readFileSync(0) reads the whole standard input; what is left after it is nothing.
const fs = require('fs');
const text = fs.readFileSync(0, 'utf8');
const data = JSON.parse(text);
console.log(data.name, data.values.reduce((a, b) => a + b, 0));
console.log(JSON.stringify(fs.readFileSync(0, 'utf8')));
console.log(fs.readFileSync('/dev/stdin').length);
