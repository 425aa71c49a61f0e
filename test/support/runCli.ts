/** Runs `subproc` in-process (`runCli`) or as the bundled binary, capturing its output and exit code. */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { runCli, type CliIo } from '../../server/src/cli/cli';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BIN = path.join(ROOT, 'dist', 'subproc.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(
  args: string[],
  cwd = ROOT,
  more: Partial<Pick<CliIo, 'env' | 'stdoutIsTTY'>> & { stdin?: string } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: more.env,
    stdoutIsTTY: more.stdoutIsTTY,
    ...(more.stdin !== undefined ? { stdin: async () => Buffer.from(more.stdin!, 'utf8') } : {}),
  });
  return { code, stdout, stderr };
}

/** The real bundled binary (`npm test` builds it first). */
export function bin(args: string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    // English whatever the machine's locale: the tests that want French say so (`--lang fr`, or `cli` with an env).
    const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    execFile(process.execPath, [BIN, ...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
