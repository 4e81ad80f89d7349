// Seed corpus for fuzz_sdnotify_state: byte 0 even = a state string, odd = a
// NOTIFY_SOCKET value; the rest is the string.
const state = (s) => Buffer.concat([Buffer.from([0]), Buffer.from(s)]);
const socket = (s) => Buffer.concat([Buffer.from([1]), Buffer.from(s)]);

export default function seeds() {
  return {
    seeds: [
      { name: 'ready', data: state('READY=1') },
      { name: 'status-watchdog', data: state('STATUS=serving\nWATCHDOG=1\n') },
      { name: 'reloading', data: state('RELOADING=1\nMONOTONIC_USEC=123456789') },
      { name: 'extend', data: state('EXTEND_TIMEOUT_USEC=5000000') },
      { name: 'path', data: socket('/run/systemd/notify') },
      { name: 'abstract', data: socket('@/org/freedesktop/systemd1/notify/123') },
      { name: 'vsock', data: socket('vsock:2:1234') },
    ],
    maxLen: 5000,
    dictionary: ['READY=1', 'STATUS=', 'WATCHDOG=1', '\n', '=', '@', '/'],
  };
}
