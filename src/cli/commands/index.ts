import type { Command } from '../command.js';
import { hashCommand } from './hash.js';
import { quoteInspectCommand } from './quote-inspect.js';
import { quoteVerifyCommand } from './quote-verify.js';
import { versionCommand } from './version.js';
import { mrtdComputeCommand } from './mrtd-compute.js';
import { mrtdRtmrCommand } from './mrtd-rtmr.js';
import { fingerprintCommand } from './fingerprint.js';
import { configCheckCommand } from './config-check.js';
import { configDiffCommand } from './config-diff.js';
import { runCommand } from './run.js';
import { statusCommand } from './status.js';
import { memberAddCommand, memberPromoteCommand, memberDrainCommand, memberRemoveCommand } from './member.js';
import { retireCommand } from './retire.js';
import { slotWalkCommand } from './slot-walk.js';
import { ticketCommands } from './ticket.js';

/** Every `tessera` subcommand, in the order `tessera --help` lists them. */
export const commands: readonly Command[] = [
  versionCommand,
  hashCommand,
  mrtdComputeCommand,
  mrtdRtmrCommand,
  quoteInspectCommand,
  quoteVerifyCommand,
  fingerprintCommand,
  configCheckCommand,
  configDiffCommand,
  runCommand,
  statusCommand,
  memberAddCommand,
  memberPromoteCommand,
  memberDrainCommand,
  memberRemoveCommand,
  retireCommand,
  slotWalkCommand,
  ...ticketCommands,
];
