/**
 * V8 settings of the CLI, its lint workers and the language server, imported first by each entry point
 * (before any phrase table runs).
 *
 * `--no-regexp-tier-up`: by default V8 compiles a regular expression to bytecode on its first run and
 * again to machine code on a later run. The phrase tables hold about 600 large expressions (some of
 * several thousand characters, from fragments such as the list of third parties) and, with the run memo
 * of lexicon/literals.ts, most of them run only a few times per process: compiling each once, straight to
 * machine code, saves about half a second of CPU per process (measured with bench/cli.mjs and a
 * first-run script over every table; see BENCHMARKS.md). Matching results do not depend on it.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
