import type { Command } from '../command.js';
import { quoteInspectCommand } from './quote-inspect.js';
import { versionCommand } from './version.js';

/** Every `tessera` subcommand, in the order `tessera --help` lists them. */
export const commands: readonly Command[] = [versionCommand, quoteInspectCommand];
