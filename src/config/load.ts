import { readFileSync } from 'node:fs';

import { TesseraError } from '../common/errors.js';
import type { Problem, Schema } from './schema.js';
import { TomlDocument } from './toml-document.js';

/** One problem of a configuration file, located. */
export interface ConfigProblem extends Problem {
  file: string;
  line: number | undefined;
}

/**
 * Thrown for an invalid configuration (code CONFIG_INVALID, or CONFIG_SYNTAX /
 * CONFIG_UNREADABLE). The message lists every problem as
 * `file:line: key: what is wrong`, so an operator fixes them in one pass.
 */
export class ConfigError extends TesseraError {
  readonly problems: readonly ConfigProblem[];

  constructor(message: string, code: string, problems: ConfigProblem[]) {
    super(message, code, { problems });
    this.problems = problems;
  }
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.path === '' ? '(top level)' : `'${p.path}'`}: ${p.message}`;
}

/** Validates an already parsed document against a schema. */
export function validateDocument<T>(doc: TomlDocument, schema: Schema<T>): T {
  const problems: Problem[] = [];
  const value = schema.check(doc.data, '', problems);
  if (problems.length > 0 || value === undefined) {
    // In file order, as an operator reads the file; problems without a line (a missing table) last.
    const located: ConfigProblem[] = problems
      .map((p) => ({ ...p, file: doc.file, line: doc.lineOf(p.path) }))
      .sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
    const head = located.length === 1 ? 'invalid configuration' : `invalid configuration (${located.length} problems)`;
    throw new ConfigError(`${head}:\n${located.map((p) => '  ' + formatProblem(p)).join('\n')}`, 'CONFIG_INVALID', located);
  }
  return value;
}

export function parseConfigText<T>(file: string, text: string, schema: Schema<T>): T {
  return validateDocument(TomlDocument.parse(file, text), schema);
}

export function loadConfigFile<T>(file: string, schema: Schema<T>): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ConfigError(`cannot read configuration ${file}: ${err.code ?? err.message}`, 'CONFIG_UNREADABLE', []);
  }
  return parseConfigText(file, text, schema);
}
