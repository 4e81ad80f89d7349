/**
 * Coverage feedback without instrumentation: V8's precise block coverage
 * through the in-process inspector. Each take() returns the blocks that ran
 * since the last one (V8 resets the counters), keyed by script, block start
 * and a logarithmic bucket of the count (as libFuzzer's counters do), for
 * scripts whose URL passes `include`.
 */
import { Session } from 'node:inspector';

interface BlockRange {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface ScriptCoverage {
  scriptId: string;
  url: string;
  functions: { ranges: BlockRange[] }[];
}

export class BlockCoverage {
  private readonly session = new Session();
  private readonly wanted = new Map<string, boolean>();
  /** Per function (script:start), every block V8 has listed: start -> end. */
  private readonly blocks = new Map<string, Map<number, number>>();

  constructor(private readonly include: (url: string) => boolean) {
    this.session.connect();
    // The in-process session answers synchronously: post() calls back before it returns.
    this.session.post('Profiler.enable');
    this.session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }

  /** Feature ids of the blocks run since the previous take(). */
  take(): number[] {
    let result: ScriptCoverage[] = [];
    this.session.post('Profiler.takePreciseCoverage', (err, r) => {
      if (err) throw err;
      result = (r as { result: ScriptCoverage[] }).result;
    });
    const out: number[] = [];
    for (const s of result) {
      let want = this.wanted.get(s.scriptId);
      if (want === undefined) {
        want = this.include(s.url);
        this.wanted.set(s.scriptId, want);
      }
      if (!want) continue;
      const sid = Number(s.scriptId) & 0xffff;
      for (const f of s.functions) {
        const ranges = f.ranges;
        if (ranges.length === 0 || ranges[0]!.count === 0) continue;
        // V8 lists a block only where its count differs from the block around
        // it, so a branch taken as often as its function disappears from the
        // list. Keep every block ever listed and give it the count of the
        // innermost listed range holding it.
        const fkey = `${s.scriptId}:${ranges[0]!.startOffset}`;
        let known = this.blocks.get(fkey);
        if (!known) this.blocks.set(fkey, (known = new Map()));
        for (const r of ranges) if (!known.has(r.startOffset)) known.set(r.startOffset, r.endOffset);
        for (const [start, end] of known) {
          let count = 0;
          let span = Infinity;
          for (const r of ranges) {
            if (r.startOffset <= start && end <= r.endOffset && r.endOffset - r.startOffset < span) {
              span = r.endOffset - r.startOffset;
              count = r.count;
            }
          }
          if (count === 0) continue;
          // Buckets 1, 2, 3-4, 5-8, ... (libFuzzer's counter classes), capped at 15.
          const bucket = Math.min(15, 32 - Math.clz32(count - 1));
          out.push((sid * 0x1000_0000 + (start & 0xfffffff)) * 16 + bucket);
        }
      }
    }
    return out;
  }

  close(): void {
    this.session.post('Profiler.stopPreciseCoverage');
    this.session.post('Profiler.disable');
    this.session.disconnect();
  }
}
