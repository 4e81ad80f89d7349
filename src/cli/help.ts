import type { Command } from './command.js';

function optionLines(c: Command): string[] {
  const rows = Object.entries(c.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.valueName ?? 'VALUE'}` : ''}`;
    return [flag, o.description + (o.multiple ? ' (repeatable)' : '')] as const;
  });
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map(([f]) => f.length));
  return rows.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`);
}

export function formatCommandHelp(c: Command): string {
  const lines = [`usage: ${c.usage.map((u) => `tessera ${u}`).join('\n       ')}`, '', c.summary];
  if (c.description) lines.push('', c.description.trim());
  lines.push('', 'options:', ...optionLines(c), '', 'exit codes: see docs/operators/cli.md (0 ok, 1 failure, 2 usage).', '');
  return lines.join('\n');
}

export function formatTopHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'usage: tessera <command> [options]',
    '',
    'tessera holds one seat in an organism committee: attested Raft, upstream',
    'observation, and a public surface of committed facts.',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'tessera <command> --help' for a command's options.",
    '',
  ].join('\n');
}

export function formatGroupHelp(group: string, commands: readonly Command[]): string {
  const sub = commands.filter((c) => c.name.split(' ')[0] === group);
  const width = Math.max(...sub.map((c) => c.name.length));
  return [`usage: tessera ${group} <subcommand> [options]`, '', 'subcommands:', ...sub.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ''].join('\n');
}
