// Child process of crash.test.ts: appends entries to the store in argv[2]
// with several saves in flight, printing "ack <index>" once each save has
// resolved (is durable), until it is killed.
import { DurableLogStore } from '../../dist/src/storage/index.js';

const dir = process.argv[2];
const inflight = Number(process.argv[3] ?? 8);
const store = await DurableLogStore.open({ dir, segmentBytes: 64 * 1024 });

export function payload(index) {
  return Uint8Array.from({ length: 40 + (index % 60) }, (_, k) => (index * 13 + k) & 0xff);
}

let next = store.lastIndex() + 1;
const term = store.initialState().hardState.term + 1;
await store.save({ entries: [], hardState: { term, vote: 1, commit: store.initialState().hardState.commit } });
process.stdout.write(`ready ${next}\n`);

async function writer() {
  for (;;) {
    const index = next++;
    const commit = Math.max(store.initialState().hardState.commit, index - 2 * inflight);
    await store.save({
      entries: [{ index, term, type: 0, data: payload(index) }],
      hardState: index % 10 === 0 ? { term, vote: 1, commit: Math.min(commit, store.lastIndex()) } : undefined,
    });
    process.stdout.write(`ack ${index}\n`);
  }
}
await Promise.all(Array.from({ length: inflight }, writer));
