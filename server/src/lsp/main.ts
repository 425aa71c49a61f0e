/**
 * `subprocessor-language-server`: the language server on its own, for any LSP client.
 * Transport from the command line: `--stdio`, `--node-ipc` or `--socket=PORT`.
 */
import { Console } from 'node:console';
import { createConnection, ProposedFeatures, StreamMessageWriter, type MessageReader } from 'vscode-languageserver/node';
import { JSON_ENCODER } from './diagnosticsEncoder';
import { NODE_HOST } from './nodeHost';
import { startServer } from './server';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stderr.write('Usage: subprocessor-language-server --stdio | --node-ipc | --socket=PORT\n');
  process.exit(0);
}
if (args.includes('--version')) {
  process.stderr.write('subprocessor-language-server 0.1.0\n');
  process.exit(0);
}
if (
  !args.some(
    (a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'),
  )
) {
  process.stderr.write('subprocessor-language-server: choose a transport: --stdio, --node-ipc or --socket=PORT\n');
  process.exit(2);
}
if (args.includes('--stdio')) {
  // Stdout is the protocol stream: every console method writes to stderr (the server then routes log, info, warn
  // and error to the client's log), as the library does itself when it opens stdio from the command line.
  Object.assign(console, new Console({ stdout: process.stderr, stderr: process.stderr }));
  // The writer is the library's, with an encoder that keeps each diagnostic's JSON between publications.
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: JSON_ENCODER });
  // Stdin as a stream (the types take two streams or a reader and a writer; the library takes either for each):
  // it wraps it in its reader and exits when it ends, as with `--stdio` alone.
  const input = process.stdin as unknown as MessageReader;
  startServer(createConnection(ProposedFeatures.all, input, writer), NODE_HOST);
} else startServer(createConnection(ProposedFeatures.all), NODE_HOST);
