/** Entry point of the bundled CLI. */
import { run } from './main';

declare const MACROLINT_VERSION: string;

// A reader that goes away (`macrolint | head`) is not an error: stop writing, finish, exit quietly.
let closed = false;
const onStreamError = (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') {
    closed = true;
    return;
  }
  throw e;
};
process.stdout.on('error', onStreamError);
process.stderr.on('error', onStreamError);
const write = (stream: NodeJS.WriteStream) => (s: string) => {
  if (!closed) stream.write(s);
};

run(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    out: write(process.stdout),
    err: write(process.stderr),
    version: typeof MACROLINT_VERSION === 'string' ? MACROLINT_VERSION : '0.0.0',
    isTTY: process.stdout.isTTY === true,
    env: process.env,
  },
  // Test hook: the CLI tests inject their own rules to keep golden files independent of the real ones.
  { testRules: process.env.MACROLINT_TEST_RULES === '1' },
).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (!closed) process.stderr.write(`macrolint: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
