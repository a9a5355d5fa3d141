/** Entry point of the bundled CLI. */
import { run } from './main';

declare const MACROLINT_VERSION: string;

const code = run(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  version: typeof MACROLINT_VERSION === 'string' ? MACROLINT_VERSION : '0.0.0',
});
process.exitCode = code;
