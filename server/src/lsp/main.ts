/**
 * `subprocessor-language-server`: the language server on its own, for any LSP client.
 * Transport from the command line: `--stdio`, `--node-ipc` or `--socket=PORT`.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
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
startServer(createConnection(ProposedFeatures.all), NODE_HOST);
