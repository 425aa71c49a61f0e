/**
 * What every `subproc` command shares: its output streams, the two errors that end it with exit code 2,
 * and the option parsing. The commands import this module, never `cli.ts` (which imports them).
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE, isIsoDate } from '../engine';
import { InputFileError } from '../engine/node';
import { sayIn, type Say } from './messages';

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  /** Standard input's bytes, at most `maxBytes` (`-` as a path). */
  stdin?: (maxBytes: number) => Promise<Buffer>;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`); absent: none of it set. */
  env?: Record<string, string | undefined>;
  /** Whether standard output is a terminal (colour by default). */
  stdoutIsTTY?: boolean;
}

/** An error whose message is written in the language of the run (`messages.ts`); `message` is the English one. */
class SaidError extends Error {
  constructor(readonly say: Say) {
    super(sayIn('en', say));
  }
}

/** A command line that does not make sense (unknown option, missing argument): exit 2 with the usage hint. */
export class UsageError extends SaidError {}

/** Input that cannot be read or used (missing file, not YAML, empty, a CSV without a column): exit 2, one line. */
export class InputError extends SaidError {}

/** `util.parseArgs` with our usage errors. */
export function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: T) {
  return parseArgs({ args, options, allowPositionals: true, strict: true });
}

/** `--today` of every command: a real calendar date (not 2025-02-30, which the rules' date arithmetic would roll over or choke on). */
export function checkToday(today: string | undefined): void {
  if (today !== undefined && !isIsoDate(today)) throw new UsageError((w) => w.today(today));
}

/** `--max-file-size BYTES`, which every command that reads a file takes: 0 for no limit. */
export const MAX_FILE_SIZE_OPTION = { 'max-file-size': { type: 'string' } } as const;

/** The size limit of input files: `--max-file-size` (digits only), else the editor's default (10 MB). */
export function maxFileSizeOf(values: { 'max-file-size'?: string | boolean | (string | boolean)[] }): number {
  const raw = values['max-file-size'];
  if (raw === undefined) return DEFAULT_MAX_FILE_SIZE;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new UsageError((w) => w.maxFileSize(String(raw)));
  return Number(raw);
}

/** The one-line error for a file that `readTextFile` refused, naming it as the user did. */
export function inputErrorOf(err: unknown, shown: string): unknown {
  return err instanceof InputFileError ? new InputError((w) => w.cannotRead(shown, w.fileReason(err))) : err;
}
