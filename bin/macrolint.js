#!/usr/bin/env node
'use strict';
// V8 compiles a regular expression twice by default: to bytecode when it first runs, then to machine code
// when it runs again. With `--no-regexp-tier-up` it compiles each one once, straight to machine code,
// which makes the phrase tables about three times cheaper to compile (most of a short run: the example
// library lints in 0.75–0.9 s instead of 1.3–1.5 s). V8 flags cannot be changed safely once code has run,
// so where Node can replace its own process (`process.execve`: Node 22.15+, not on Windows) the CLI starts
// again once with the flag: same process id, signals and standard streams. Not when Node was started with
// flags of its own (they are the user's to choose), nor with MACROLINT_NO_RESTART=1.
const FLAG = '--no-regexp-tier-up';
if (!process.execArgv.length && typeof process.execve === 'function' && process.platform !== 'win32' && !process.env.MACROLINT_NO_RESTART) {
  try {
    process.execve(process.execPath, [process.execPath, FLAG, __filename, ...process.argv.slice(2)], process.env);
  } catch {
    // Could not start again: run as we are.
  }
}
// Node 22.1+ keeps the compiled bundle between runs (in os.tmpdir()/node-compile-cache, or where
// NODE_COMPILE_CACHE says; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a run starts 0.1–0.2 s sooner.
// Older Node has no such API; a failure here only costs that time.
try {
  require('node:module').enableCompileCache?.();
} catch {
  // An optimisation only.
}
require('../dist/cli.js');
