'use strict';
// chalk@4: styles, chaining, levels, nesting, template-free API (level forced so output is deterministic).
const chalk = require('chalk');
const show = (label, value) => console.log(label, JSON.stringify(value));
const c = new chalk.Instance({ level: 3 });
show('basic', [c.red('red'), c.bold.underline('bu'), c.bgBlue.white('wob'), c.rgb(255, 136, 0)('orange'), c.hex('#00ff00')('green'), c.keyword ? 'keyword' : 'none']);
show('nested', c.red('a ' + c.blue('b') + ' c'));
show('levels', [new chalk.Instance({ level: 0 }).red('plain'), new chalk.Instance({ level: 1 }).rgb(255, 0, 0)('ansi16'), new chalk.Instance({ level: 2 }).hex('#ff0000')('ansi256')]);
show('multiline', c.green('line1\nline2'));
show('visible', [c.visible('x'), c.reset('r')]);
