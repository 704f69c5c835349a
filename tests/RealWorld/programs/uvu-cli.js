// uvu's own command line (bin.js) on a folder of tests, as `uvu cli-tests/uvu` runs it: argument
// parsing (sade), finding the files, loading them through dynamic import and the report (no color).
const path = require('path');
const bin = path.join(__dirname, '..', 'node_modules', 'uvu', 'bin.js');
process.chdir(__dirname);
// The report's wall-clock duration differs from run to run.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => write(String(chunk).replace(/Duration: +[\d.]+m?s/, 'Duration:  (time)'), ...rest);
process.argv = [process.argv[0], bin, path.join('cli-tests', 'uvu'), '--color', 'false'];
require(bin);
