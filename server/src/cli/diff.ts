/** `subproc diff OLD NEW`: placeholder until the change notice lands. */
import { UsageError, type CliIo } from './cli';
export async function diffCommand(_args: string[], _io: CliIo): Promise<number> {
  throw new UsageError('diff is not available yet');
}
