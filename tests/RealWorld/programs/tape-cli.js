// tape's own command line (bin/tape) on a folder of test files, as `tape 'cli-tests/tape/*.test.js'`
// runs it: the glob, the loading of each file, the TAP stream and the summary.
const path = require('path');
const bin = path.join(__dirname, '..', 'node_modules', 'tape5', 'bin', 'tape');
process.argv = [process.argv[0], bin, path.join(__dirname, 'cli-tests', 'tape', '*.test.js')];
require(bin);
