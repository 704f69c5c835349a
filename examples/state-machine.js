// Generators and async functions are state machines: see them with
//   eventide explain examples/state-machine.js --html state-machine.html
function* countdown(from) {
  try {
    for (let n = from; n > 0; n--) {
      const skip = yield n;
      if (skip) n--;
    }
    return 'liftoff';
  } finally {
    console.log('countdown cleaned up');
  }
}

async function brew(kind) {
  const water = await heat(90);
  try {
    const cup = await steep(kind, water);
    return cup;
  } catch (e) {
    return 'spilled: ' + e.message;
  } finally {
    await Promise.resolve('rinse the pot');
  }
}

const heat = (degrees) => new Promise((resolve) => setTimeout(resolve, 5, degrees));
const steep = async (kind, water) => `${kind} at ${water}°`;

const it = countdown(3);
console.log(it.next(), it.next(true), it.next());
console.log(it.return('aborted'));
brew('green tea').then(console.log);
