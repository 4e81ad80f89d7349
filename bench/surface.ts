/**
 * `npm run bench:surface [-- --json] [--records N] [--rate R] [--seconds S]`:
 * how fast one Subscribe stream carries facts to a driver-like consumer over
 * loopback gRPC, both as catch-up and live.
 *
 * - ours: SurfaceService over a MemoryFactSource, read by SurfaceClient;
 *   the consumer does what the driver does per record (recordDigest).
 * - reference: a bare grpc-js server stream writing the same records,
 *   pre-encoded, as fast as write()/drain allow, read by a bare client
 *   that only decodes them: the transport and codec floor, with no
 *   session, no conversion and no digest.
 *
 * Live: facts are committed at --rate per second for --seconds while the
 * consumer follows; latency is commit → consumer (same process clock).
 * With --json the last line is {results, ratios (ours / reference, > 1 =
 * ours better), targets}.
 */
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';

import { blake3 } from '../src/hash/index.js';
import { decodeProto, encodeProto, surfaceV1 } from '../src/proto/index.js';
import { factToWire, MemoryFactSource, recordDigest, startSurfaceServer, SurfaceClient } from '../src/surface/index.js';
import { demoStatusInfo, demoUpstreamIdentity } from '../src/surface/upstream-source.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const records = opt('--records', 100_000);
const rate = opt('--rate', 20_000);
const seconds = opt('--seconds', 3);
const pb = surfaceV1.surface.v1;
const member = demoUpstreamIdentity('alpha', 'v1').stableId;
const identity = demoUpstreamIdentity('bench', 'v1');

function fill(source: MemoryFactSource, from: number, n: number): void {
  for (let i = from; i < from + n; i++) {
    source.append({
      key: String(i),
      status: 'complete',
      digest: blake3(Buffer.from(`d${i}`)),
      evidence: [{ member, stream: 'facts', sequence: i, digest: blake3(Buffer.from(`e${i}`)) }],
      missing: [],
      appliedAt: 1_800_000_000_000 + i,
      index: i,
    });
  }
}

async function oursCatchUp(): Promise<number> {
  const source = new MemoryFactSource(demoStatusInfo(identity));
  fill(source, 1, records);
  const running = await startSurfaceServer(source);
  const client = new SurfaceClient(running.endpoint, identity.fingerprint);
  const t0 = performance.now();
  let n = 0;
  for await (const ev of client.subscribe(1)) {
    if (ev.kind === 'fact') recordDigest(ev.fact);
    if (++n === records) break;
  }
  const secs = (performance.now() - t0) / 1000;
  client.close();
  await running.close();
  return records / secs;
}

async function referenceCatchUp(): Promise<number> {
  const source = new MemoryFactSource(demoStatusInfo(identity));
  fill(source, 1, records);
  const encoded = source.factsFrom(1, records).map((f) => encodeProto(pb.SubscribeItem, { fact: factToWire(f), stale: false }));
  const def = {
    Subscribe: {
      path: '/bench.Raw/Subscribe',
      requestStream: false,
      responseStream: true,
      requestSerialize: (b: Buffer) => b,
      requestDeserialize: (b: Buffer) => b,
      responseSerialize: (b: Buffer) => b,
      responseDeserialize: (b: Buffer) => b,
    },
  };
  const server = new grpc.Server();
  server.addService(def, {
    Subscribe: (call: grpc.ServerWritableStream<Buffer, Buffer>) => {
      let i = 0;
      const pump = () => {
        while (i < encoded.length) if (!call.write(encoded[i++]!)) return void call.once('drain', pump);
        call.end();
      };
      pump();
    },
  });
  const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? rej(e) : res(p))));
  const Raw = grpc.makeGenericClientConstructor(def, 'Raw');
  const client = new Raw(`127.0.0.1:${port}`, grpc.credentials.createInsecure()) as unknown as grpc.Client & { Subscribe(req: Buffer): grpc.ClientReadableStream<Buffer> };
  const t0 = performance.now();
  let n = 0;
  for await (const b of client.Subscribe(Buffer.alloc(0))) {
    decodeProto(pb.SubscribeItem, b as Buffer, 'SubscribeItem');
    n++;
  }
  const secs = (performance.now() - t0) / 1000;
  if (n !== records) throw new Error(`reference read ${n} of ${records}`);
  client.close();
  server.forceShutdown();
  return records / secs;
}

async function oursLive(): Promise<{ p50Ms: number; p99Ms: number; received: number }> {
  const source = new MemoryFactSource(demoStatusInfo(identity));
  const running = await startSurfaceServer(source);
  const client = new SurfaceClient(running.endpoint, identity.fingerprint);
  const committedAt: number[] = [];
  const latencies: number[] = [];
  const total = rate * seconds;
  const reading = (async () => {
    for await (const ev of client.subscribe(1)) {
      if (ev.kind !== 'fact') continue;
      recordDigest(ev.fact);
      latencies.push(performance.now() - committedAt[ev.fact.sequence]!);
      if (latencies.length === total) break;
    }
  })();
  const start = performance.now();
  let next = 1;
  while (next <= total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
    while (next <= due) {
      committedAt[next] = performance.now();
      fill(source, next, 1);
      next++;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await reading;
  client.close();
  await running.close();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { p50Ms: q(0.5), p99Ms: q(0.99), received: latencies.length };
}

const ours = await oursCatchUp();
const reference = await referenceCatchUp();
const live = await oursLive();
const results = {
  records,
  catchUpRecordsPerSec: { ours: Math.round(ours), reference: Math.round(reference) },
  live: { ratePerSec: rate, seconds, received: live.received, p50Ms: +live.p50Ms.toFixed(2), p99Ms: +live.p99Ms.toFixed(2) },
};
const ratios = { catchUpThroughput: +(ours / reference).toFixed(3) };
const targets = {
  catchUpRecordsPerSec: { target: '>= 20000', measured: Math.round(ours), met: ours >= 20_000 },
  liveP99Ms: { target: `< 100 at ${rate}/s`, measured: +live.p99Ms.toFixed(2), met: live.p99Ms < 100 },
};
console.log(`catch-up: ours ${Math.round(ours)} records/s, reference ${Math.round(reference)} records/s, ratio ${ratios.catchUpThroughput}`);
console.log(`live at ${rate}/s for ${seconds} s: p50 ${live.p50Ms.toFixed(2)} ms, p99 ${live.p99Ms.toFixed(2)} ms`);
if (json) console.log(JSON.stringify({ results, ratios, targets }));
