// Runs npm scripts at once and fails if any fails: `npm run test:unit`'s checks before its tests (the typecheck,
// ESLint and Prettier, each about twenty seconds of one core), so that they take the time of the longest on a
// machine of two cores or more rather than the sum. Each script's output is printed whole when it ends, in the
// order named. Usage: node scripts/parallel.mjs <script>...
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (!scripts.length) throw new Error('usage: node scripts/parallel.mjs <npm script>...');
const npm = process.env.npm_execpath;

const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      // npm's own entry when npm runs this (`npm run test:unit`), else the npm on the PATH.
      const [cmd, args] = npm ? [process.execPath, [npm, 'run', '--silent', script]] : ['npm', ['run', '--silent', script]];
      const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      const out = [];
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
      child.on('error', (err) => resolve({ script, code: 1, out: [Buffer.from(`${err.message}\n`)] }));
      child.on('close', (code, signal) => resolve({ script, code: code ?? (signal ? 1 : 0), out }));
    }),
);

let failed = 0;
for (const run of runs) {
  const { script, code, out } = await run;
  process.stdout.write(Buffer.concat(out));
  if (code !== 0) {
    failed++;
    console.error(`npm run ${script}: exit code ${code}`);
  }
}
process.exitCode = failed ? 1 : 0;
