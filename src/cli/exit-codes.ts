/**
 * Exit codes of the `tessera` command, documented in docs/operators/cli.md.
 * Scripts and runbooks test for these; never renumber.
 */
export const ExitCode = {
  /** Success. */
  Ok: 0,
  /** A general failure: an error the message names (I/O, bad input file, internal). */
  Failure: 1,
  /** Usage error: unknown command or option, missing or extra arguments. */
  Usage: 2,
  /** A check ran and said no: a quote that does not verify, a refused admission. */
  CheckFailed: 3,
  /** The seat (admin socket, peer, surface) could not be reached. */
  Unavailable: 4,
  /** The configuration file is invalid (the message names file, line and key). */
  ConfigInvalid: 5,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
