/**
 * A stand-in seat for test/ops/lifecycle.test.ts: drives SeatLifecycle over
 * the real SdNotifier (NOTIFY_SOCKET from the environment), prints progress
 * on stdout, and waits for SIGTERM. Knobs (environment):
 * CHILD_DRAIN_MS (drain duration, default 50), CHILD_DRAIN_TIMEOUT_MS
 * (default 2000), CHILD_DRAIN_FAIL=1 (drain throws), CHILD_BLOCK_AFTER_MS and
 * CHILD_BLOCK_MS (block the event loop once ready).
 */
import { SdNotifier, SeatLifecycle } from '../../src/ops/index.js';

const num = (name: string, dflt: number): number => (process.env[name] === undefined ? dflt : Number(process.env[name]));
const say = (line: string): void => void process.stdout.write(`${line}\n`);

const lifecycle = new SeatLifecycle({
  notifier: new SdNotifier({ onError: (e) => say(`notify-error ${e.code}`) }),
  drainTimeoutMs: num('CHILD_DRAIN_TIMEOUT_MS', 2000),
  drain: async (signal) => {
    say('drain-start');
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, num('CHILD_DRAIN_MS', 50));
      signal.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      });
    });
    if (process.env.CHILD_DRAIN_FAIL === '1') throw new Error('flush failed');
    say('drain-done');
  },
  exit: (code) => {
    say(`exit ${code}`);
    process.exit(code);
  },
});
// Keeps the process alive like a seat's servers would (the watchdog timer is unref'd).
setInterval(() => {}, 1000);
lifecycle.start();
say(`watchdog ${lifecycle.watchdogEnabled ? 'on' : 'off'}`);
lifecycle.updateStatus({ role: 'starting', term: 0, committedIndex: 0, members: 3, membersUp: 1 });
setTimeout(() => {
  lifecycle.storageRecovered();
  lifecycle.updateStatus({ role: 'follower', term: 2, committedIndex: 17, members: 3, membersUp: 3 });
  setTimeout(() => {
    lifecycle.peerListenerUp();
    lifecycle.updateStatus({ role: 'follower', term: 2, committedIndex: 17, members: 3, membersUp: 3 }); // unchanged: not resent
    lifecycle.updateStatus({ role: 'leader', term: 3, committedIndex: 18, members: 3, membersUp: 3 });
    say('ready');
    const blockAfter = num('CHILD_BLOCK_AFTER_MS', -1);
    if (blockAfter >= 0) {
      setTimeout(() => {
        say('block-start');
        const until = Date.now() + num('CHILD_BLOCK_MS', 1000);
        while (Date.now() < until) {
          // Busy: the event loop cannot run the watchdog timer.
        }
        say('block-end');
      }, blockAfter);
    }
  }, 30);
}, 30);
