/**
 * V8's old generation grows between full collections by a factor V8 picks
 * from its GC and mutator speeds, up to 4x the live heap. A seat under
 * write load allocates fast while its live heap stays small (about 30 MB
 * in a heap snapshot of the replication bench's leader during a 30 s run
 * at 200 clients), so the heap between collections, not live data, made
 * most of its RSS: 294-314 MB peak on the leader, against 192 MB with the
 * factor held at 1.5 for a few percent more CPU per write, and 205-223 MB
 * at 1.3 for 10-24 % more (docs/contributors/benchmarks.md, "Replication:
 * snapshots off the Ready loop, heap growth"). `tessera run` therefore sets
 * --heap-growing-percent at start, unless the node command line or
 * NODE_OPTIONS already sets it (the operator's value wins; 0 restores V8's
 * own choice). V8 reads this flag each time it recomputes its limits, so
 * setting it at run time takes effect from the next collection.
 */
import v8 from 'node:v8';

export const heapGrowingPercentDefault = 50;

const flag = '--heap-growing-percent';

/** Sets the heap growing factor unless `execArgv` or `nodeOptions` name it; returns the value set, or undefined. */
export function tuneHeapGrowth(execArgv: readonly string[], nodeOptions: string | undefined): number | undefined {
  const given = (arg: string): boolean => arg === flag || arg.startsWith(`${flag}=`) || arg === '--heap_growing_percent' || arg.startsWith('--heap_growing_percent=');
  if (execArgv.some(given) || (nodeOptions ?? '').split(/\s+/).some(given)) return undefined;
  v8.setFlagsFromString(`${flag}=${heapGrowingPercentDefault}`);
  return heapGrowingPercentDefault;
}
