/**
 * What every `subproc` command shares: its output streams, the two errors that end it with exit code 2,
 * and the option parsing. The commands import this module, never `cli.ts` (which imports them).
 */
import { parseArgs } from 'node:util';
import { isIsoDate } from '../engine/dates';

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

/** A command line that does not make sense (unknown option, missing argument): exit 2 with the usage hint. */
export class UsageError extends Error {}

/** Input that cannot be read or used (missing file, not YAML, empty, a CSV without a column): exit 2, one line. */
export class InputError extends Error {}

/** `util.parseArgs` with our usage errors. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: T) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

/** `--today` of every command: a real calendar date (not 2025-02-30, which the rules' date arithmetic would roll over or choke on). */
export function checkToday(today: string | undefined): void {
  if (today !== undefined && !isIsoDate(today)) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${today}"`);
}
