import { TesseraError } from '../../common/errors.js';
import { seatConfigFromDocument, type SeatConfig } from '../../config/index.js';
import { applyEnvFiles, envFilesDirDefault } from '../../node/env-files.js';
import { runAttestation } from '../../node/run-attestation.js';
import { tuneHeapGrowth } from '../../node/heap-tuning.js';
import { SeatProcess } from '../../node/seat-process.js';
import { createLogger, SdNotifier } from '../../ops/index.js';
import { optBool, optString, UsageError, type Command, type CommandContext } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { argPath, configFailure, readConfigDocument } from './fingerprint.js';

/** The config `tessera run` uses: --config, or /etc/builder/<instance>.toml; --data-dir overrides seat.data_dir (and what derives from it). */
export function loadRunConfig(ctx: CommandContext, env: NodeJS.ProcessEnv): SeatConfig {
  const instance = optString(ctx, 'instance');
  const configOpt = optString(ctx, 'config');
  if (instance === undefined && configOpt === undefined) throw new UsageError('--instance NAME is required (or --config PATH)');
  const file = configOpt !== undefined ? argPath(ctx.io, configOpt) : `${envFilesDirDefault}/${instance}.toml`;
  const doc = readConfigDocument(file);
  const dataDir = optString(ctx, 'data-dir');
  if (dataDir !== undefined) {
    const seat = (doc.data.seat ??= {}) as Record<string, unknown>;
    if (typeof seat !== 'object' || seat === null || Array.isArray(seat)) throw new TesseraError(`${file}: [seat] is not a table`, 'CONFIG_INVALID');
    seat.data_dir = argPath(ctx.io, dataDir);
  }
  return seatConfigFromDocument(doc, { env, ...(instance !== undefined ? { instance } : {}) });
}

export const runCommand: Command = {
  name: 'run',
  summary: 'run this host\'s seat (what builder@INSTANCE.service starts)',
  usage: ['run --instance NAME [--config PATH] [--data-dir DIR] [--env-dir DIR] [--no-env-files]'],
  description: `
Loads /etc/builder/NAME.toml (or --config; validated, exit 5 naming file,
line and key), keeps its state in /var/lib/builder/NAME (or seat.data_dir,
or --data-dir; one process per data directory), recovers the WAL, and
serves: Raft and joins on seat.peer_listen, the client service on
seat.surface_listen, the admin socket, and metrics on PROMETHEUS_ADDR (or
seat.metrics_listen). Logs are JSON lines on stdout.

Outside systemd it first reads the environment files DIR/common.env then
DIR/NAME.env (DIR = /etc/builder or --env-dir; both optional); a variable
already in the environment wins over both, and NAME.env over common.env.
Under systemd (INVOCATION_ID set) the unit's EnvironmentFile= lines have
done this already and the files are not read again.

With NOTIFY_SOCKET set it sends READY=1 once storage is recovered and the
peer listener is up, STATUS= as role, term and membership change, WATCHDOG=1
at half WATCHDOG_USEC, and STOPPING=1 on SIGTERM, then drains and exits 0.
An empty data directory needs committee.bootstrap = true (the founding seat)
or committee.join (a new member, admitted by attestation); a join refused by
the leader's admission policy exits 1 with the reason on stderr. While it
leads, the seat re-attests every member each attestation.reattest_interval_s.
See docs/operators/running.md.`,
  options: {
    instance: { type: 'string', valueName: 'NAME', description: 'the unit instance (builder@NAME); names the config, env file and data dir' },
    config: { type: 'string', valueName: 'PATH', description: 'config file (default /etc/builder/NAME.toml)' },
    'data-dir': { type: 'string', valueName: 'DIR', description: 'state directory (default seat.data_dir, else /var/lib/builder/NAME)' },
    'env-dir': { type: 'string', valueName: 'DIR', description: 'where common.env and NAME.env are read (default /etc/builder)' },
    'no-env-files': { type: 'boolean', description: 'do not read the environment files' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(ctx) {
    const env = ctx.io.env;
    const instance = optString(ctx, 'instance');
    const envDir = argPath(ctx.io, optString(ctx, 'env-dir') ?? envFilesDirDefault);
    const envResult =
      optBool(ctx, 'no-env-files') || instance === undefined ? { filesRead: [], applied: [], skipped: 'disabled' as const } : applyEnvFiles(env, instance, envDir);
    let config: SeatConfig;
    try {
      config = loadRunConfig(ctx, env);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      // A missing config is as fatal as an invalid one for a unit: exit 5, so a restart loop shows why.
      if (e instanceof TesseraError && e.code === 'CONFIG_UNREADABLE') {
        ctx.io.stderr.write(`tessera run: ${e.message} [${e.code}]\n`);
        return ExitCode.ConfigInvalid;
      }
      return configFailure('run', e, ctx.io);
    }
    const logger = createLogger({
      organism: config.organism.name,
      member: config.instance,
      instance: config.instance,
      level: config.seat.logLevel,
      simulatedAttestation: config.attestation.provider === 'simulated',
      env,
    });
    // Bounds the V8 heap's slack under write load (heap-tuning.ts); the node command line or NODE_OPTIONS may set it instead.
    const heapGrowingPercent = tuneHeapGrowth(process.execArgv, process.env.NODE_OPTIONS);
    logger.info({ config: config.file, dataDir: config.seat.dataDir, fingerprint: config.identity.fingerprintHex, envFiles: envResult, heapGrowingPercent: heapGrowingPercent ?? 'from the node command line' }, 'starting');
    if (config.attestation.provider === 'simulated') logger.warn({}, 'attestation is SIMULATED: development only, never admits real TDX hosts');
    const notifier = new SdNotifier({ env, onError: (e, state) => logger.warn({ err: e, state }, 'sd_notify failed') });
    let joinFailed = false;
    let resolveExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((r) => (resolveExit = r));
    try {
      const proc = await SeatProcess.start({ config, logger, notifier, exit: (code) => resolveExit(code), ...runAttestation(env, logger) });
      // A refused join ends the process: say why on stderr too (the operator's terminal, journald's priority), and exit 1.
      proc.joined.catch((e: unknown) => {
        joinFailed = true;
        ctx.io.stderr.write(`tessera run: could not join the committee: ${e instanceof Error ? e.message : String(e)}\n`);
      });
      logger.info({ peerPort: proc.transport?.port, clientPort: proc.clientPort, metricsPort: proc.opsPort, ...(proc.adminRemote !== undefined ? { adminPort: proc.adminRemotePort } : {}) }, 'serving');
    } catch (e) {
      logger.fatal({ err: e }, 'start failed');
      logger.flush();
      if (e instanceof TesseraError && (e.code === 'CONFIG_INVALID' || e.code === 'CONFIG_SYNTAX')) {
        ctx.io.stderr.write(`tessera run: ${e.message} [${e.code}]\n`);
        return ExitCode.ConfigInvalid;
      }
      throw e;
    }
    const drained = await exited;
    const code = joinFailed ? ExitCode.Failure : drained;
    logger.flush();
    // Everything is closed; should a library still hold a handle, do not hang past the stop timeout.
    setTimeout(() => process.exit(code), 2_000).unref();
    return code as ExitCode;
  },
};
