/**
 * tuneHeapGrowth: `tessera run` sets V8's heap growing factor unless the
 * node command line or NODE_OPTIONS already does (the operator's value
 * wins). The flag's effect on RSS is measured by bench/replication.ts, not
 * here.
 */
import { describe, expect, it } from 'vitest';
import { heapGrowingPercentDefault, tuneHeapGrowth } from '../../src/node/heap-tuning.js';

describe('tuneHeapGrowth', () => {
  it('sets the default when neither the command line nor NODE_OPTIONS names the flag', () => {
    expect(tuneHeapGrowth([], undefined)).toBe(heapGrowingPercentDefault);
    expect(tuneHeapGrowth(['--enable-source-maps'], '--max-old-space-size=512')).toBe(heapGrowingPercentDefault);
  });

  it('leaves an operator-given value alone, in either spelling and either place', () => {
    expect(tuneHeapGrowth(['--heap-growing-percent=0'], undefined)).toBeUndefined();
    expect(tuneHeapGrowth(['--heap_growing_percent=80'], undefined)).toBeUndefined();
    expect(tuneHeapGrowth([], '--enable-source-maps --heap-growing-percent=20')).toBeUndefined();
    expect(tuneHeapGrowth(['--heap-growing-percent', '20'], undefined)).toBeUndefined();
  });
});
