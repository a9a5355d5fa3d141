/** Entry point of the bundled CLI. */
import { run } from './main';

declare const MACROLINT_VERSION: string;

run(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
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
    process.stderr.write(`macrolint: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
