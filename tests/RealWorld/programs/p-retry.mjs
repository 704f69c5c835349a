// p-retry@6 (ESM only): retries with backoff, AbortError to stop, onFailedAttempt, shouldRetry,
// and an AbortSignal, against a flaky operation.
import pRetry, { AbortError } from 'p-retry';

let calls = 0;
const flaky = async (attempt) => {
  calls++;
  if (attempt < 3) throw new Error(`failure ${attempt}`);
  return `ok after ${attempt} attempts`;
};
console.log(await pRetry(flaky, {
  retries: 5, minTimeout: 5, factor: 1,
  onFailedAttempt: (e) => console.log('failed attempt', e.attemptNumber, e.retriesLeft, e.message),
}));

try {
  await pRetry(async () => { throw new AbortError('fatal, stop'); }, { retries: 5, minTimeout: 1 });
} catch (e) { console.log('aborted:', e.name, e.message); }

try {
  await pRetry(async (n) => { throw new Error(`always ${n}`); }, { retries: 2, minTimeout: 1, factor: 1 });
} catch (e) { console.log('gave up:', e.message, e.attemptNumber, e.retriesLeft); }

const skip = await pRetry(async (n) => { if (n === 1) throw new TypeError('not retried'); return 'unreachable'; },
  { retries: 3, minTimeout: 1, shouldRetry: (e) => !(e instanceof TypeError) }).catch((e) => `stopped: ${e.message}`);
console.log(skip);

const controller = new AbortController();
setTimeout(() => controller.abort(new Error('user cancelled')), 30);
try {
  await pRetry(async () => { throw new Error('keeps failing'); }, { retries: 100, minTimeout: 10, factor: 1, signal: controller.signal });
} catch (e) { console.log('signal:', e.message); }
console.log('calls', calls);
