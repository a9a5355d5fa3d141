/** Command-line argument parsing for `macrolint`. */
import { normalizeSeverity, SEVERITIES } from '../engine/config';
import type { SeveritySetting } from '../engine/types';
import { REPORT_FORMATS, type ReportFormat } from './workspace';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type FormatName = (typeof FORMATS)[number];

export const USAGE = `Usage: macrolint [paths or globs...] [options]
       macrolint init       write a commented .macrolintrc.yaml in the current folder
       macrolint rules      list the rules (id, default severity, fixable, languages)
       macrolint report [paths] [--format html|json|md] [-o file]
                            library health report of the macro files (format: the flag, else
                            the output file's extension, else md)

Without paths, lints the configured macro globs under the current folder, honouring
.gitignore and .macrolintignore.

Output:
  -f, --format <name>         stylish (default), json, sarif, github, junit, gitlab
  -o, --output-file <file>    Write the report to a file instead of stdout
  --color, --no-color         Force colours on or off (default: on a TTY, off with NO_COLOR)
  --quiet                     Report errors only
  --max-warnings <n>          Exit with 1 when there are more than n warnings

Fixing:
  --fix                       Apply every safe fix in place, then report what remains
  --fix-dry-run               Print the fixes as a unified diff (stdout), the report on stderr

Selecting:
  --changed-since <ref>       Only files changed since a git ref, and in macro libraries only
                              the macros whose lines changed
  --no-ignore                 Do not honour .gitignore, .macrolintignore and \`ignores\`
  --no-error-on-unmatched-pattern
                              Do not fail (exit 2) when a named path or glob yields no macro file
  --macro-files-only          Skip named files that are not macros by the globs or front matter
                              (for hooks that pass every changed file)
  --stdin                     Lint text read from stdin
  --stdin-filename <file>     Path used for stdin text (format, config lookup, report)

Configuration:
  -c, --config <file>         Use this configuration file instead of searching for .macrolintrc.*
  --no-config                 Ignore configuration files (built-in defaults only)
  --rule <id:severity>        Override a rule's severity (off, info, warning/warn, error); repeatable;
                              \`family/*\` names every rule of a family (deflecting/*:off)
  --report-unused-disable-directives
                              Report disable comments that suppress nothing as errors
  --report-unused-disable-directives-severity <severity>
                              Their severity: off, info, warning (default) or error
  --print-config <file>       Print the configuration resolved for a file (effective rule
                              severities, configuration files loaded) and exit

Performance:
  --cache                     Skip unchanged files (content + config hash), stored in
                              .macrolintcache
  --cache-location <path>     Cache file, or folder (ending in / or existing) to keep it in
  --workers <auto|off|n>      Lint on worker threads: auto (many or large files), off, or n threads

  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, configuration or I/O error.`;

export interface Args {
  command: 'lint' | 'init' | 'rules' | 'report' | 'help' | 'version';
  /** `report --format`: html, json or md. */
  reportFormat?: ReportFormat;
  paths: string[];
  format: FormatName;
  outputFile?: string;
  color?: boolean;
  quiet: boolean;
  maxWarnings?: number;
  fix: boolean;
  fixDryRun: boolean;
  changedSince?: string;
  ignore: boolean;
  macroFilesOnly: boolean;
  stdin: boolean;
  stdinFilename?: string;
  config?: string;
  useConfig: boolean;
  rules: { id: string; severity: SeveritySetting }[];
  reportUnusedDisableDirectives?: SeveritySetting;
  errorOnUnmatchedPattern: boolean;
  printConfig?: string;
  cache: boolean;
  cacheLocation?: string;
  workers: 'auto' | 'off' | number;
}

/** A usage error: exit code 2 with a one-line message. */
export class UsageError extends Error {}

/** Parses argv (without `node` and the script) into options; throws UsageError. */
export function parseArgs(argv: readonly string[]): Args {
  const out: Args = { command: 'lint', paths: [], format: 'stylish', quiet: false, fix: false, fixDryRun: false, ignore: true, macroFilesOnly: false, stdin: false, useConfig: true, rules: [], errorOnUnmatchedPattern: true, cache: false, workers: 'auto' };
  let i = 0;
  if (argv[0] === 'init' || argv[0] === 'rules' || argv[0] === 'report') {
    out.command = argv[0];
    i = 1;
  }
  let onlyPaths = false;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (onlyPaths || !a.startsWith('-') || a === '-') {
      out.paths.push(a);
      continue;
    }
    if (a === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case '-h':
      case '--help':
        out.command = 'help';
        return out;
      case '-v':
      case '--version':
        out.command = 'version';
        return out;
      case '-f':
      case '--format': {
        const f = value();
        if (out.command === 'report') {
          if (!(REPORT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown report format "${f}" (${REPORT_FORMATS.join(', ')})`);
          out.reportFormat = f as ReportFormat;
          break;
        }
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (${FORMATS.join(', ')})`);
        out.format = f as FormatName;
        break;
      }
      case '-o':
      case '--output-file':
        out.outputFile = value();
        break;
      case '--color':
        noValue();
        out.color = true;
        break;
      case '--no-color':
        noValue();
        out.color = false;
        break;
      case '--quiet':
        noValue();
        out.quiet = true;
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number, got "${v}"`);
        out.maxWarnings = Number(v);
        break;
      }
      case '--fix':
        noValue();
        out.fix = true;
        break;
      case '--fix-dry-run':
        noValue();
        out.fixDryRun = true;
        break;
      case '--changed-since':
        out.changedSince = value();
        break;
      case '--no-ignore':
        noValue();
        out.ignore = false;
        break;
      case '--macro-files-only':
        noValue();
        out.macroFilesOnly = true;
        break;
      case '--stdin':
        noValue();
        out.stdin = true;
        break;
      case '--stdin-filename':
        out.stdinFilename = value();
        break;
      case '-c':
      case '--config':
        out.config = value();
        break;
      case '--no-config':
        noValue();
        out.useConfig = false;
        break;
      case '--rule':
        out.rules.push(parseRuleFlag(value()));
        break;
      case '--report-unused-disable-directives':
        noValue();
        out.reportUnusedDisableDirectives = 'error';
        break;
      case '--report-unused-disable-directives-severity': {
        const v = value();
        const sev = normalizeSeverity(v);
        if (!sev) throw new UsageError(`${flag} must be one of ${SEVERITIES.join(', ')}, got "${v}"`);
        out.reportUnusedDisableDirectives = sev;
        break;
      }
      case '--no-error-on-unmatched-pattern':
        noValue();
        out.errorOnUnmatchedPattern = false;
        break;
      case '--print-config':
        out.printConfig = value();
        break;
      case '--cache':
        noValue();
        out.cache = true;
        break;
      case '--cache-location':
        out.cacheLocation = value();
        break;
      case '--workers': {
        const v = value();
        if (v === 'auto' || v === 'off') out.workers = v;
        else if (/^[1-9]\d{0,2}$/.test(v)) out.workers = Number(v);
        else throw new UsageError(`--workers must be auto, off or a number of threads, got "${v}"`);
        break;
      }
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  if (out.fix && out.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be combined');
  if (out.stdinFilename !== undefined && !out.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (out.stdin && out.paths.length) throw new UsageError('--stdin cannot be combined with paths');
  if (out.stdin && out.changedSince) throw new UsageError('--stdin cannot be combined with --changed-since');
  if (out.config && !out.useConfig) throw new UsageError('--config and --no-config cannot be combined');
  if (out.command === 'report' && (out.fix || out.fixDryRun || out.stdin || out.printConfig !== undefined)) throw new UsageError('report cannot be combined with --fix, --fix-dry-run, --stdin or --print-config');
  if (out.command !== 'lint' && out.command !== 'report' && out.paths.length) throw new UsageError(`${out.command} takes no paths`);
  return out;
}

/** `id:severity` (the severity after the last colon; `warn` is accepted for `warning`). */
export function parseRuleFlag(v: string): { id: string; severity: SeveritySetting } {
  const at = v.lastIndexOf(':');
  if (at <= 0) throw new UsageError(`--rule expects id:severity, got "${v}"`);
  const id = v.slice(0, at).trim();
  const raw = v.slice(at + 1).trim();
  const severity = normalizeSeverity(raw);
  if (!severity) throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITIES.join(', ')}, got "${raw.toLowerCase()}"`);
  return { id, severity };
}
