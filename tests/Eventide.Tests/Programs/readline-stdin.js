// readline over process.stdin: two questions answered by the first lines, then the remaining
// lines as 'line' events with a prompt, until the input ends and the interface closes (which
// pauses stdin, so the process exits).
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
console.log('terminal', rl.terminal, 'prompt', JSON.stringify(rl.getPrompt()));
rl.question('Name? ', (name) => {
  console.log(`Hello, ${name}`);
  rl.question('Age? ', (age) => {
    console.log(`age + 1 = ${Number(age) + 1}`);
    rl.setPrompt('color> ');
    rl.prompt();
  });
});
rl.on('line', (line) => {
  console.log(`got ${line}`);
  rl.prompt();
});
rl.on('pause', () => console.log('\npause'));
rl.on('close', () => console.log('closed', process.stdin.isPaused()));
process.on('exit', () => console.log('exit'));
