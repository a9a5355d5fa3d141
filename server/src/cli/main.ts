/** The `macrolint` command line: lint macro files with the same engine as the editor. */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { lint } from '../engine/lint';
import type { Finding } from '../engine/types';
import { ConfigResolver } from '../node/config-loader';
import { discover } from '../node/discover';
import { formatJson, formatStylish, toFileResult, type FileResult } from './format';

const USAGE = `Usage: macrolint [paths or globs...] [options]

Options:
  --format <stylish|json>  Output format (default: stylish)
  --config <file>          Use this configuration file instead of searching for .macrolintrc.*
  -h, --help               Show this help
  -v, --version            Show the version`;

interface Args {
  paths: string[];
  format: 'stylish' | 'json';
  config?: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  const out: Args = { paths: [], format: 'stylish' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '-v':
      case '--version':
        return 'version';
      case '--format': {
        const f = value();
        if (f !== 'stylish' && f !== 'json') throw new UsageError(`unknown format "${f}" (stylish, json)`);
        out.format = f;
        break;
      }
      case '--config':
        out.config = value();
        break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        out.paths.push(a);
    }
  }
  return out;
}

/** Runs the CLI; returns the exit code (0 clean, 1 lint errors, 2 usage/config/I-O errors). */
export function run(argv: string[], io: { cwd: string; out: (s: string) => void; err: (s: string) => void; version: string }): number {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.err(`macrolint: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args === 'help') {
    io.out(USAGE + '\n');
    return 0;
  }
  if (args === 'version') {
    io.out(io.version + '\n');
    return 0;
  }
  const cwd = io.cwd;
  const resolver = new ConfigResolver(cwd, args.config ? resolve(cwd, args.config) : undefined);
  const base = resolver.forFile(resolve(cwd, 'x'));
  if (base.problems.length) {
    for (const p of base.problems) io.err(`macrolint: ${p.message}\n`);
    return 2;
  }
  const { files, missing } = discover(args.paths, cwd, base.config.files, base.config.ignores);
  if (missing.length) {
    io.err(`macrolint: no such file or directory: ${missing.join(', ')}\n`);
    return 2;
  }
  const results: FileResult[] = [];
  for (const file of files) {
    const { config, problems } = resolver.forFile(file);
    if (problems.length) {
      for (const p of problems) io.err(`macrolint: ${p.message}\n`);
      return 2;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`macrolint: cannot read ${relative(cwd, file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      return 2;
    }
    const findings: Finding[] = lint({ uri: file, text }, config).findings;
    results.push(toFileResult(file, text, findings));
  }
  io.out(args.format === 'json' ? formatJson(results) : formatStylish(results, cwd));
  return results.some((r) => r.errorCount > 0) ? 1 : 0;
}
