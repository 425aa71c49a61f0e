/**
 * `subproc`: the command line. A thin front end over the same engine as the language server.
 */
import { runCli } from './cli';
import { langOfRun } from './lang';
import { sayIn } from './messages';

const lang = langOfRun(process.argv.slice(2), process.env);

// The reader of the output may go before the end (`subproc check | head -1`): the rest is not wanted, and
// that is no error to report. Any other failure to write is one line and exit 2, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    const reason = err.code ?? err.message;
    if (stream === process.stdout) process.stderr.write(`subproc: ${sayIn(lang, (w) => w.cannotWriteOutput(reason))}\n`);
    process.exitCode = 2;
  });
}

/** Standard input, read until its end or one byte past `maxBytes`. */
async function readStdin(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    chunks.push(b);
    total += b.length;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  stdin: readStdin,
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const detail = (err as Error)?.message ?? String(err);
    process.stderr.write(`subproc: ${sayIn(lang, (w) => w.internalError(detail))}\n`);
    process.exitCode = 2;
  },
);
