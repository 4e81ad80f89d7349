import { parseArgs } from 'node:util';

import { isTesseraError } from '../common/errors.js';
import { commands } from './commands/index.js';
import { UsageError, type Command, type CommandIO } from './command.js';
import { ExitCode } from './exit-codes.js';
import { formatCommandHelp, formatGroupHelp, formatTopHelp } from './help.js';

/** Finds the command whose name matches the most leading words of argv. */
function resolve(argv: string[]): { command?: Command; rest: string[]; group: string[] } {
  let best: Command | undefined;
  let bestLen = 0;
  for (const c of commands) {
    const words = c.name.split(' ');
    if (words.length <= argv.length && words.every((w, i) => argv[i] === w) && words.length > bestLen) {
      best = c;
      bestLen = words.length;
    }
  }
  if (best) return { command: best, rest: argv.slice(bestLen), group: [] };
  // A group prefix such as `quote` alone: list its subcommands.
  const first = argv[0];
  const group = first === undefined ? [] : commands.filter((c) => c.name.split(' ')[0] === first && c.name.includes(' ')).map((c) => c.name);
  return { rest: argv.slice(1), group };
}

export async function runCli(argv: string[], io: CommandIO): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    if (argv[0] === 'help' && argv.length > 1) return runCli([...argv.slice(1), '--help'], io);
    io.stdout.write(formatTopHelp(commands));
    return argv.length === 0 ? ExitCode.Usage : ExitCode.Ok;
  }
  const { command, rest, group } = resolve(argv);
  if (!command) {
    if (group.length > 0) {
      const helpWanted = rest.includes('--help') || rest.includes('-h');
      (helpWanted ? io.stdout : io.stderr).write(formatGroupHelp(argv[0] ?? '', commands));
      return helpWanted ? ExitCode.Ok : ExitCode.Usage;
    }
    io.stderr.write(`tessera: unknown command '${argv[0]}'\nRun 'tessera --help' for the list of commands.\n`);
    return ExitCode.Usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(formatCommandHelp(command));
    return ExitCode.Ok;
  }
  try {
    const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
    for (const [name, spec] of Object.entries(command.options)) {
      options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const { min, max, names } = command.positionals;
    if (parsed.positionals.length < min) throw new UsageError(`missing argument: ${names}`);
    if (parsed.positionals.length > max) {
      throw new UsageError(`unexpected argument '${parsed.positionals[max]}'`);
    }
    return await command.run({ values: parsed.values, positionals: parsed.positionals, io });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tessera ${command.name}: ${e.message}\nusage: ${command.usage.map((u) => `tessera ${u}`).join('\n       ')}\n`);
      return ExitCode.Usage;
    }
    if (isTesseraError(e)) {
      io.stderr.write(`tessera ${command.name}: ${e.message} [${e.code}]\n`);
      // An invalid configuration has its own exit code (5); an unreadable file is a plain failure.
      return e.code === 'CONFIG_INVALID' || e.code === 'CONFIG_SYNTAX' ? ExitCode.ConfigInvalid : ExitCode.Failure;
    }
    io.stderr.write(`tessera ${command.name}: ${(e as Error)?.stack ?? String(e)}\n`);
    return ExitCode.Failure;
  }
}

export function processIO(): CommandIO {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, cwd: process.cwd() };
}
