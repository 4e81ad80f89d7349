/**
 * One seat as an operating-system process: what `tessera run` starts
 * (docs/operators/running.md). The order is the one systemd is promised:
 *
 *   data dir → storage recovery (takes the data dir's LOCK: one process per
 *   data dir) → node key → state machine → Seat → peer listener (gRPC,
 *   TLS with the node key) → READY=1 → client service → admin socket →
 *   metrics/health → join, when this is a new member entering a committee.
 *
 * READY=1 goes out once storage is recovered and the peer listener is
 * bound, never before. STATUS= follows role, term, committed index and
 * members. SIGTERM: STOPPING=1; if leader, hand leadership to the most
 * caught-up voter (bounded: leaderTransferTimeoutTicks); stop accepting
 * clients, stop the seat (which saves a deferred commit and closes the peer
 * transport), close the storage (flush), exit 0.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';

import { SimulatedQuoteProvider } from '../attest/simulated/index.js';
import { TsmQuoteProvider } from '../attest/tsm.js';
import type { QuoteProvider } from '../attest/provider.js';
import { TesseraError } from '../common/errors.js';
import { committeeStart, type SeatConfig } from '../config/index.js';
import { addKvService, KvMachine } from '../kv/index.js';
import { SeatLifecycle, SeatMetrics, OpsServer, type Notifier, type SeatRole, type SignalSource } from '../ops/index.js';
import { GrpcTransport, type LinkEvent } from '../peer/grpc-transport.js';
import { GrpcPeerClient } from '../peer/peer-client.js';
import { JoinClient } from '../peer/join-client.js';
import { loadOrCreateNodeKey, nodeKeyFileName, type NodeKey } from '../peer/node-key.js';
import { Role, type LogStore, type NodeId } from '../raft/index.js';
import { DurableLogStore } from '../storage/index.js';
import { joinTicketsOf, withJoinTickets } from '../ticket/index.js';
import { AdminAuthVerifier } from './admin-auth.js';
import { adminReplayLogName, FileReplayStore } from './admin-replay-log.js';
import { addAdminService, serveAdminSocket, type AdminSocketServer } from './admin-service.js';
import { joinBridge } from './join-bridge.js';
import { JoiningTransport, probePeer } from './joining-transport.js';
import type { MemberRecord, PeerTransport, SeatAdmission, SeatMetricsSink } from './ports.js';
import { OrganismRun, spannedSources } from './organism-run.js';
import { Seat, type SeatStatus } from './seat.js';
import { intervalTicker } from './ticker.js';
import { runAdmissionRefusalReasons } from './run-attestation.js';
import type { SeatReattestation } from './reattestation-service.js';

/** Reasons an admission can be refused with, for the refusal counter (each series exists from the start). */
export { runAdmissionRefusalReasons } from './run-attestation.js';

/** How often the event loop's turn length is sampled (a stall is logged). */
const stallCheckMs = 100;
/** How often STATUS= and the committee metrics are refreshed. */
export const statusIntervalMs = 1_000;
/** Between join attempts while no member admits us (the committee may still be electing). */
export const joinRetryMs = 1_000;
/** Join attempts before `tessera run` gives up (exit 1: systemd restarts the unit). */
export const joinAttemptsMax = 120;
/**
 * In the data dir while a join is unfinished: written before the first join
 * attempt, removed once this seat applied its own admission (its registry
 * names it). A restart that finds it resumes the join (see wire()).
 */
export const joinMarkerFile = 'joining';

/** What the seat needs to enter a committee by attestation (src/attest: quote provider + report_data binding). */
export interface JoinAttestor {
  /** Our quote over `nonce`: report_data binds the node key, the organism fingerprint and the nonce. */
  quote(nodeKey: NodeKey, fingerprint: Uint8Array, nonce: Uint8Array): Promise<Uint8Array>;
  /** TEST-ONLY (simulated attestation): the nonce presented instead of the one the leader issued. */
  presentNonce?(issued: Uint8Array): Uint8Array;
  /** TEST-ONLY (simulated attestation): SIGKILL this process right after the first snapshot from the leader is persisted. */
  readonly killAfterJoinSnapshot?: boolean;
}

export interface SeatProcessOptions {
  readonly config: SeatConfig;
  readonly logger: Logger;
  readonly notifier: Notifier;
  /** Verifies joins when this seat leads; undefined = joins are refused (ADMISSION_UNAVAILABLE). */
  readonly admission?: (ctx: { config: SeatConfig; provider: QuoteProvider; nodeKey: NodeKey }) => SeatAdmission | undefined;
  /** Makes our quote when we join; undefined = this seat cannot join (only bootstrap or restart). */
  readonly attestor?: (ctx: { config: SeatConfig; provider: QuoteProvider }) => JoinAttestor | undefined;
  /** Answers the leader's Attest calls and, when leading, re-attests every member (reattestation-service.ts). */
  readonly reattestation?: (ctx: { config: SeatConfig; provider: QuoteProvider; nodeKey: NodeKey; admission: SeatAdmission | undefined; logger: Logger; metrics: SeatMetrics }) => SeatReattestation | undefined;
  /** Where SIGTERM/SIGINT come from (default process). */
  readonly signals?: SignalSource;
  /** Ends the process (default process.exit). */
  readonly exit?: (code: number) => void;
  /** Drain bound (keep below TimeoutStopSec). */
  readonly drainTimeoutMs?: number;
}

/**
 * How long SIGTERM waits for a leadership transfer, in ticks: Raft abandons
 * a transfer after one election timeout, so two leave room for the new
 * leader's first heartbeat to arrive here.
 */
export function leaderTransferTimeoutTicks(electionTicks: number): number {
  return 2 * electionTicks + 2;
}

/** The running process's handles (for `tessera run` and the tests). */
export class SeatProcess {
  private statusTimer: NodeJS.Timeout | undefined;
  private stallTimer: NodeJS.Timeout | undefined;
  private joinAbort = new AbortController();
  private readonly linkUp = new Map<NodeId, boolean>();
  clientServer: grpc.Server | undefined;
  clientPort = 0;
  admin: AdminSocketServer | undefined;
  /** Remote admin (seat.admin_listen): signed requests only. */
  adminRemote: grpc.Server | undefined;
  adminRemotePort = 0;
  adminReplayStore: FileReplayStore | undefined;
  ops: OpsServer | undefined;
  opsPort = 0;
  seat: Seat | undefined;
  /** Set when organism.machine = "organism" (organism-run.ts). */
  organism: OrganismRun | undefined;
  transport: GrpcTransport | undefined;
  reattestation: SeatReattestation | undefined;

  private constructor(
    readonly config: SeatConfig,
    readonly logger: Logger,
    readonly lifecycle: SeatLifecycle,
    readonly metrics: SeatMetrics,
    readonly storage: DurableLogStore,
    readonly nodeKey: NodeKey,
  ) {}

  /** Starts everything; resolves once the seat serves (a join may still be in progress: see `joined`). */
  static async start(opts: SeatProcessOptions): Promise<SeatProcess> {
    const { config, logger } = opts;
    const simulated = config.attestation.provider === 'simulated';
    const metrics = new SeatMetrics({
      organism: config.organism.name,
      member: config.instance,
      admissionRefusalReasons: runAdmissionRefusalReasons,
      identity: { fingerprint: config.identity.fingerprintHex, stableId: config.identity.stableIdHex, contentHash: config.identity.contentHashHex },
      simulatedAttestation: simulated,
      ...(config.organism.machine === 'organism' ? { spanned: spannedSources(config.members) } : {}),
    });
    let proc: SeatProcess | undefined;
    const lifecycle = new SeatLifecycle({
      notifier: opts.notifier,
      drain: (signal) => (proc === undefined ? Promise.resolve() : proc.drain(signal)),
      ...(opts.drainTimeoutMs !== undefined ? { drainTimeoutMs: opts.drainTimeoutMs } : {}),
      ...(opts.exit !== undefined ? { exit: opts.exit } : {}),
      ...(opts.signals !== undefined ? { signals: opts.signals } : {}),
      logger,
    });
    lifecycle.start();

    mkdirSync(config.seat.dataDir, { recursive: true, mode: 0o700 });
    const storage = await DurableLogStore.open({
      dir: config.seat.dataDir,
      segmentBytes: config.storage.walSegmentBytes,
      snapshotsRetained: config.storage.snapshotsRetained,
      logger: logger.child({ component: 'storage' }),
      onFsync: (seconds) => metrics.observeWalFsync(seconds),
    });
    const hasState = !storage.recovery.newSeat;
    try {
      const nodeKey = loadNodeKey(config);
      logger.info({ keyId: nodeKey.keyId, memberId: nodeKey.nodeId }, 'node key loaded');
      proc = new SeatProcess(config, logger, lifecycle, metrics, storage, nodeKey);
      await proc.wire(opts, hasState);
      return proc;
    } catch (e) {
      if (proc !== undefined) await proc.stop().catch(() => undefined);
      else await storage.close().catch(() => undefined);
      throw e;
    }
  }

  private async wire(opts: SeatProcessOptions, hasState: boolean): Promise<void> {
    const { config, logger, metrics } = this;
    const start = committeeStart(config, hasState);
    // The client address goes into our member record, so any member can redirect kv clients here.
    const clientAddress = config.seat.surfaceAdvertise;
    const self: MemberRecord = {
      id: this.nodeKey.nodeId,
      address: config.seat.peerAdvertise,
      keyId: this.nodeKey.keyId,
      ...(clientAddress !== undefined ? { clientAddress } : {}),
    };
    // organism.machine: the organism (organism-run.ts) or the kv machine of conformance tests.
    const organism = config.organism.machine === 'organism' ? await OrganismRun.create({ config, logger, metrics }) : undefined;
    this.organism = organism;
    const kv = organism === undefined ? new KvMachine() : undefined;
    const machine = organism?.seatMachine ?? (kv as KvMachine);
    if (start.kind === 'bootstrap') {
      await Seat.bootstrap(this.storage, [self], machine.snapshot());
      logger.info({ memberId: self.id }, 'founded a new committee (bootstrap)');
    }
    this.lifecycle.storageRecovered();

    const provider = openQuoteProvider(config);
    // Join tickets are checked before the quote whenever a [[ticket_issuer]] has scope "seat".
    const quoteAdmission = opts.admission?.({ config, provider, nodeKey: this.nodeKey });
    const admission = quoteAdmission === undefined ? undefined : withJoinTickets(quoteAdmission, config);
    // Re-attestation verifies quotes only (tickets are for joining).
    const reattestation = (this.reattestation = opts.reattestation?.({ config, provider, nodeKey: this.nodeKey, admission: quoteAdmission, logger, metrics }));
    const grpcTransport = new GrpcTransport({
      listen: config.seat.peerListen,
      nodeKey: this.nodeKey,
      insecurePlaintext: config.seat.insecurePlaintext,
      attestationSimulated: config.attestation.provider === 'simulated',
      onLinkEvent: (e: LinkEvent) => {
        if (e.kind === 'connected' || e.kind === 'broken') this.linkUp.set(e.peer, e.kind === 'connected');
        logger.info({ peer: e.peer, link: e.kind, detail: e.detail }, 'peer link');
      },
      handlers: {
        join: {
          nonce: (req, caller) => this.requireSeat().then((s) => joinBridge(s, { admission }).nonce(req, caller)),
          join: (req, caller) =>
            this.requireSeat().then((s) =>
              joinBridge(s, { admission, onRefusal: (r) => logger.warn(r, 'join refused'), onAdmitted: (r) => logger.info(r, 'join admitted') }).join(req, caller),
            ),
        },
        ...(reattestation !== undefined ? { attest: reattestation.handler } : {}),
      },
    });
    this.transport = grpcTransport;
    // A join that did not finish before this process stopped (killed after the leader admitted it, before it
    // applied its own admission): its state may be a snapshot whose registry lacks the current leader, whose
    // appends it would then refuse forever. It joins again: the leader answers "already a member" and names
    // itself, and the seed rule below admits its traffic until the registry names this seat.
    const marker = join(config.seat.dataDir, joinMarkerFile);
    const resumeJoin = start.kind === 'restart' && existsSync(marker);
    if (resumeJoin && config.committee.join.length === 0) {
      logger.error({ marker }, 'an unfinished join was found but committee.join is empty: cannot resume it; starting from storage as is');
    }
    const joinPeers = start.kind === 'join' ? start.peers : resumeJoin ? config.committee.join : [];
    const attestor = joinPeers.length > 0 ? opts.attestor?.({ config, provider }) : undefined;
    if (joinPeers.length > 0 && attestor === undefined) {
      throw new TesseraError('this seat must join a committee (committee.join) but has no attestor to make its quote', 'RUN_JOIN_FAILED');
    }
    if (start.kind === 'join') writeDurably(marker, `join started ${new Date().toISOString()}\n`);
    if (resumeJoin && joinPeers.length > 0) logger.warn({ marker, peers: joinPeers }, 'resuming an unfinished join (this seat has state but never applied its own admission)');
    this.joinMarker = joinPeers.length > 0 ? marker : undefined;
    const joining = joinPeers.length > 0 ? new JoiningTransport(grpcTransport, () => this.seat?.hasMember(self.id) === true) : undefined;
    const transport: PeerTransport = joining ?? grpcTransport;
    const sink: SeatMetricsSink = {
      onStatus: () => undefined, // refreshed on a timer (refreshStatus), not per Ready
      onLeaderChange: (leader) => {
        metrics.electionStarted(); // counted per leader change seen
        // Logged so a leader lost under load shows in the seats' logs (which seat saw what, when).
        const st = this.seat?.status();
        logger.info({ leader, self: self.id, term: st?.term }, leader === 0 ? 'leader lost' : 'leader changed');
      },
      onAdmissionRefused: (reason) => {
        const known = (runAdmissionRefusalReasons as readonly string[]).includes(reason) ? reason : 'REFUSED';
        metrics.admissionRefused(known);
      },
      onPersist: () => undefined, // the WAL fsync histogram is fed by the storage itself
    };
    const seat = new Seat({
      self,
      storage: attestor?.killAfterJoinSnapshot === true ? killedAfterSnapshot(this.storage) : this.storage,
      transport,
      machine,
      ticker: intervalTicker(config.raft.tickMs),
      raft: {
        electionTimeoutTicks: config.raft.electionTicks,
        heartbeatIntervalTicks: config.raft.heartbeatTicks,
        inflightMsgsMax: config.raft.inflightMsgsMax,
        msgAppBytesMax: config.raft.msgBytesMax,
      },
      snapshotEntries: config.raft.snapshotEntries,
      learnerPromoteLagEntries: config.raft.learnerPromoteLagEntries,
      ...(admission !== undefined ? { admission } : {}),
      metrics: sink,
      onUnreadableRecord: (index, err) => logger.warn({ index, error: err.message }, 'unreadable seat record skipped (a re-attestation verdict is lost)'),
      ...(organism !== undefined ? { preApply: organism.preApply } : {}),
      onFatal: (e) => {
        logger.fatal({ err: e }, 'seat stopped on its own; exiting');
        void this.lifecycle.shutdown('fatal', true);
      },
    });
    this.seat = seat;
    await seat.start();
    reattestation?.start(seat);
    logger.info({ peerListen: config.seat.peerListen, port: grpcTransport.port, advertise: config.seat.peerAdvertise }, 'peer listener up');
    this.refreshStatus();
    this.lifecycle.peerListenerUp();

    if (organism !== undefined) {
      // Clients: the public surface (tessera.surface.v1) on surface_listen.
      this.clientPort = (await organism.serve(seat)).port;
    } else {
      // Clients: the kv service on surface_listen (insecure: conformance tests and benchmarks, docs/operators/kv.md).
      // No channelz: its per-call bookkeeping is measurable CPU at benchmark rates (docs/contributors/benchmarks.md).
      const server = new grpc.Server({ 'grpc.enable_channelz': 0 });
      addKvService(server, seat as Seat<KvMachine>);
      this.clientServer = server;
      this.clientPort = await new Promise<number>((resolve, reject) =>
        server.bindAsync(config.seat.surfaceListen, grpc.ServerCredentials.createInsecure(), (e, port) =>
          e ? reject(new TesseraError(`cannot listen on seat.surface_listen ${config.seat.surfaceListen}: ${e.message}`, 'RUN_LISTEN_FAILED', { address: config.seat.surfaceListen })) : resolve(port),
        ),
      );
      logger.info({ surfaceListen: config.seat.surfaceListen, port: this.clientPort }, 'kv service up');
    }

    // Retire (tessera retire) needs the organism host; a kv seat refuses it with ADMIN_NOT_ORGANISM.
    this.admin = await serveAdminSocket(seat, config.seat.adminSocket, organism !== undefined ? { organism: organism.host } : {});
    logger.info({ adminSocket: config.seat.adminSocket }, 'admin socket up');
    if (config.seat.adminListen !== undefined) await this.serveRemoteAdmin(seat, config.seat.adminListen, organism);

    if (config.seat.metricsListen !== undefined) {
      this.ops = new OpsServer({
        listen: config.seat.metricsListen,
        metrics,
        health: { health: () => this.health() },
        onError: (e, path) => logger.warn({ err: e, path }, 'ops endpoint failed'),
      });
      this.opsPort = (await this.ops.start()).port;
      logger.info({ metricsListen: config.seat.metricsListen, port: this.opsPort }, 'metrics up');
    }
    metrics.setUp(true);
    this.statusTimer = setInterval(() => this.refreshStatus(), statusIntervalMs);
    this.statusTimer.unref();
    // A turn of the event loop longer than half an election timeout is logged: on a loaded machine
    // it is the usual reason a leader is lost (its heartbeats, or the followers' answers, wait).
    const stallMs = (config.raft.electionTicks * config.raft.tickMs) / 2;
    let lastTurn = performance.now();
    this.stallTimer = setInterval(() => {
      const now = performance.now();
      const late = now - lastTurn - stallCheckMs;
      lastTurn = now;
      if (late >= stallMs) logger.warn({ stalledMs: Math.round(late), electionTimeoutMs: config.raft.electionTicks * config.raft.tickMs }, 'event loop stalled');
    }, stallCheckMs);
    this.stallTimer.unref();

    if (joining !== undefined && attestor !== undefined) {
      this.joined = this.join(joinPeers, joining, attestor, clientAddress);
      this.joined.catch((e: unknown) => {
        if (this.joinAbort.signal.aborted) return;
        logger.fatal({ err: e }, 'could not join the committee; exiting');
        void this.lifecycle.shutdown('join failed', true);
      });
    }
  }

  /**
   * Remote admin on seat.admin_listen: the same Admin service as the socket,
   * every request verified against the config's [[operator]] keys (unsigned,
   * unlisted, badly signed, skewed or replayed: UNAUTHENTICATED; the refusal
   * is logged). TLS with seat.admin_tls_cert/key, else plaintext with a
   * warning at start (status and membership would travel in the clear).
   * Accepted requests go to <data_dir>/admin-replay.log before they run, so
   * a restart does not reopen the replay window. Only [[operator]] keys of
   * scope "human" (the default) may Remove and Retire.
   */
  private async serveRemoteAdmin(seat: Seat, listen: string, organism: OrganismRun | undefined): Promise<void> {
    const { config, logger } = this;
    const replayStore = (this.adminReplayStore = new FileReplayStore(join(config.seat.dataDir, adminReplayLogName)));
    const auth = new AdminAuthVerifier({
      operators: config.operators.map((o) => ({ name: o.name, publicKey: Buffer.from(o.publicKey, 'hex'), human: o.scope === 'human' })),
      onRefused: (e, method) => logger.warn({ err: e, method }, 'remote admin request refused'),
      replayStore,
    });
    const tls = config.seat.adminTls;
    let credentials = grpc.ServerCredentials.createInsecure();
    if (tls !== undefined) {
      let cert: Buffer;
      let key: Buffer;
      try {
        cert = readFileSync(tls.cert);
        key = readFileSync(tls.key);
      } catch (e) {
        throw new TesseraError(`cannot read the remote admin TLS identity (seat.admin_tls_cert / admin_tls_key): ${(e as Error).message}`, 'RUN_LISTEN_FAILED', { address: listen });
      }
      try {
        credentials = grpc.ServerCredentials.createSsl(null, [{ cert_chain: cert, private_key: key }], false);
      } catch (e) {
        throw new TesseraError(`remote admin TLS identity ${tls.cert}: ${(e as Error).message}`, 'RUN_LISTEN_FAILED', { address: listen });
      }
    }
    const server = new grpc.Server({ 'grpc.enable_channelz': 0 });
    addAdminService(server, seat, { auth, ...(organism !== undefined ? { organism: organism.host } : {}) });
    this.adminRemote = server;
    this.adminRemotePort = await new Promise<number>((resolve, reject) =>
      server.bindAsync(listen, credentials, (e, port) =>
        e ? reject(new TesseraError(`cannot listen on seat.admin_listen ${listen}: ${e.message}`, 'RUN_LISTEN_FAILED', { address: listen })) : resolve(port),
      ),
    );
    const up = { adminListen: listen, port: this.adminRemotePort, tls: tls !== undefined, operators: config.operators.map((o) => `${o.name} (${o.scope})`) };
    logger.info(up, 'remote admin up');
    if (tls === undefined) {
      logger.warn(
        { adminListen: listen },
        'remote admin is plaintext: requests are signed, but status and membership travel unencrypted and can be captured; set seat.admin_tls_cert and seat.admin_tls_key',
      );
    }
  }

  /** The join marker while a join is unfinished (removed by refreshStatus once the registry names this seat). */
  private joinMarker: string | undefined;

  /** Resolves once a member admitted this seat (immediately when it did not have to join). */
  joined: Promise<void> = Promise.resolve();

  private async join(peers: readonly string[], joining: JoiningTransport, attestor: JoinAttestor, clientAddress: string | undefined): Promise<void> {
    const { config, logger } = this;
    const client = new JoinClient(
      (address) => new GrpcPeerClient(address, { nodeKey: config.seat.insecurePlaintext ? undefined : this.nodeKey, attestationSimulated: config.attestation.provider === 'simulated' }),
    );
    const fingerprint = config.identity.fingerprint;
    const tickets = joinTicketsOf(config);
    let last: unknown;
    for (let attempt = 0; attempt < joinAttemptsMax && !this.joinAbort.signal.aborted; attempt++) {
      for (const seed of peers) {
        if (this.joinAbort.signal.aborted) return;
        // A resumed join may finish without a seed (its registry named the leader): once this seat applied
        // its own admission there is nothing left to ask, and failing attempts must not exit a healthy member.
        if (this.seat?.hasMember(this.nodeKey.nodeId) === true) {
          logger.info({ memberId: this.nodeKey.nodeId, attempt }, 'no join needed: this seat is already in the committee');
          return;
        }
        try {
          let admittedBy = seed;
          const response = await client.join(seed, {
            nodePublicKey: this.nodeKey.publicKeyDer,
            address: config.seat.peerAdvertise,
            ...(clientAddress !== undefined ? { clientAddress } : {}),
            tickets,
            quote: (nonce) => attestor.quote(this.nodeKey, fingerprint, nonce),
            ...(attestor.presentNonce !== undefined ? { presentNonce: (n: Uint8Array) => attestor.presentNonce!(n) } : {}),
          });
          if (response.leaderHint !== '') admittedBy = response.leaderHint;
          // The member that admitted us is the leader; admit its Raft traffic until our registry fills in.
          const leader = await this.leaderRecord(admittedBy);
          joining.setSeeds([leader]);
          logger.info({ via: seed, leader: leader.id, memberId: response.memberId, message: response.message }, 'admitted to the committee');
          return;
        } catch (e) {
          last = e;
          logger.warn({ err: e, via: seed, attempt }, 'join attempt failed');
          if (e instanceof TesseraError && e.code === 'PEER_JOIN_REFUSED' && e.details?.reason !== 'NOT_LEADER' && e.details?.reason !== 'MEMBERSHIP_FAILED') throw e;
        }
      }
      await new Promise((r) => setTimeout(r, joinRetryMs));
    }
    throw last instanceof Error ? last : new TesseraError('join: no member admitted this seat', 'RUN_JOIN_FAILED');
  }

  /** The admitting member's record: its node key as its TLS certificate shows it. */
  private async leaderRecord(address: string): Promise<MemberRecord> {
    if (this.config.seat.insecurePlaintext) {
      throw new TesseraError('joining needs TLS (seat.insecure_plaintext = false): the leader is identified by its node key', 'RUN_JOIN_FAILED');
    }
    return probePeer(address, this.nodeKey);
  }

  private requireSeat(): Promise<Seat> {
    return this.seat === undefined ? Promise.reject(new TesseraError('the seat is starting', 'SEAT_STOPPED')) : Promise.resolve(this.seat);
  }

  private health() {
    const st = this.seat?.status();
    const voters = st?.members.filter((m) => m.role === 'voter') ?? [];
    const up = voters.filter((m) => m.id === st?.id || this.linkUp.get(m.id) === true).length;
    return {
      storageOk: this.storage.failed === undefined,
      storageRecovered: true,
      peerListenerUp: this.transport !== undefined,
      quorumKnown: voters.length > 0 && up >= Math.floor(voters.length / 2) + 1,
      leaderKnown: st !== undefined && st.leader !== 0,
    };
  }

  /** STATUS=, the Raft gauges and the committee view, from the seat's status. */
  refreshStatus(): void {
    const st = this.seat?.status();
    if (st === undefined) return;
    if (this.joinMarker !== undefined && this.seat?.hasMember(st.id) === true) {
      try {
        rmSync(this.joinMarker, { force: true });
        this.logger.info({ memberId: st.id, appliedIndex: st.appliedIndex }, 'join complete: this seat applied its own admission');
        this.joinMarker = undefined;
      } catch (e) {
        this.logger.warn({ err: e, marker: this.joinMarker }, 'could not remove the join marker; trying again');
      }
    }
    const voters = st.members.filter((m) => m.role === 'voter');
    const isUp = (id: NodeId) => id === st.id || this.linkUp.get(id) === true;
    this.lifecycle.updateStatus({
      role: roleOf(st),
      term: st.term,
      committedIndex: st.committedIndex,
      members: voters.length,
      membersUp: voters.filter((m) => isUp(m.id)).length,
    });
    try {
      this.metrics.setRaft({
        term: st.term,
        leaderIsLocal: st.role === Role.Leader,
        leaderKnown: st.leader !== 0,
        committedIndex: st.committedIndex,
        appliedIndex: Math.min(st.appliedIndex, st.committedIndex),
      });
      this.metrics.setCommittee(
        st.members.map((m) => ({
          name: String(m.id),
          up: isUp(m.id),
          // Committed state, so every seat reports the same: the latest re-attestation verdict the
          // leader committed, else the admission record (a founder without one: no series).
          attested: m.reattestation?.attested ?? (m.attestation === undefined ? undefined : true),
        })),
      );
    } catch (e) {
      this.logger.warn({ err: e }, 'metrics update failed');
    }
  }

  private stopping: Promise<void> | undefined;

  /**
   * What SIGTERM runs (after STOPPING=1): a leader first hands leadership to
   * the most caught-up voter, so the committee has a new leader one round
   * trip later instead of after an election timeout; then stop(). A failed
   * or timed-out transfer is logged and the seat stops anyway.
   */
  async drain(signal?: AbortSignal): Promise<void> {
    const seat = this.seat;
    const st = seat?.status();
    if (seat !== undefined && st?.role === Role.Leader && st.members.filter((m) => m.role === 'voter').length > 1 && signal?.aborted !== true) {
      const timeoutTicks = leaderTransferTimeoutTicks(this.config.raft.electionTicks);
      try {
        const to = await seat.transferLeadership(undefined, { timeoutTicks });
        this.logger.info({ from: st.id, to, term: seat.status().term }, 'leadership handed over');
      } catch (e) {
        this.logger.warn({ err: e, timeoutTicks }, 'leadership transfer failed; stopping anyway');
      }
    }
    await this.stop();
  }

  /** Stops accepting clients, stops the seat, flushes and closes storage. Idempotent. */
  stop(): Promise<void> {
    if (this.stopping === undefined) this.stopping = this.shutdown();
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    this.joinAbort.abort();
    this.reattestation?.stop();
    if (this.statusTimer !== undefined) clearInterval(this.statusTimer);
    if (this.stallTimer !== undefined) clearInterval(this.stallTimer);
    this.metrics.setUp(false);
    const server = this.clientServer;
    if (server !== undefined) {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 2_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    }
    await this.organism?.stop(); // surface and host before the seat
    await this.admin?.close();
    const remote = this.adminRemote;
    if (remote !== undefined) {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => remote.forceShutdown(), 2_000);
        remote.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    }
    this.adminReplayStore?.close();
    await this.seat?.stop();
    await this.storage.close();
    await this.ops?.close();
    this.logger.info({}, 'stopped');
  }
}

function roleOf(st: SeatStatus): SeatRole {
  if (st.removed) return 'stopping';
  const self = st.members.find((m) => m.id === st.id);
  if (self?.role === 'learner') return 'learner';
  switch (st.role) {
    case Role.Leader:
      return 'leader';
    case Role.Candidate:
    case Role.PreCandidate:
      return 'candidate';
    default:
      return 'follower';
  }
}

/** Writes `text` to `path` and syncs file and directory (the marker must survive a crash that the WAL survives). */
function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/**
 * TEST-ONLY (TESSERA_TEST_KILL_AFTER_JOIN_SNAPSHOT, simulated attestation):
 * the storage, but the process is SIGKILLed as soon as a save holding a
 * snapshot is durable, before the seat installs or applies anything of it.
 */
function killedAfterSnapshot(store: LogStore): LogStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'save') {
        return async (update: Parameters<LogStore['save']>[0]) => {
          await target.save(update);
          if (update.snapshot !== undefined) process.kill(process.pid, 'SIGKILL');
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The node key at config.seat.nodeKey (created 0600 on first start). */
export function loadNodeKey(config: SeatConfig): NodeKey {
  if (basename(config.seat.nodeKey) !== nodeKeyFileName) {
    throw new TesseraError(
      `${config.file}: seat.node_key ${config.seat.nodeKey} must be a file named ${nodeKeyFileName} (its directory may be anywhere)`,
      'CONFIG_INVALID',
      { problems: [{ file: config.file, line: undefined, path: 'seat.node_key', message: `must be named ${nodeKeyFileName}` }] },
    );
  }
  mkdirSync(dirname(config.seat.nodeKey), { recursive: true, mode: 0o700 });
  return loadOrCreateNodeKey(dirname(config.seat.nodeKey)).key;
}

/** The quote source the config names. */
export function openQuoteProvider(config: SeatConfig): QuoteProvider {
  if (config.attestation.provider === 'simulated') {
    return SimulatedQuoteProvider.open({ stateDir: config.attestation.simulatedDir as string });
  }
  return new TsmQuoteProvider({ root: config.attestation.tsmRoot });
}
