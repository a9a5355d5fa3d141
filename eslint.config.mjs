// ESLint (typescript-eslint) for the TypeScript sources: correctness rules that catch real bugs, the
// engine's purity (no Node, LSP or VS Code imports under server/src/engine/) and no import cycles.
// Run by `npm test` (npm run lint); style is left to the house style, not to a linter.
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'tests/vscode/**', '**/*.mjs', '**/*.cjs', '**/*.js'] },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'tests/**/*.ts'],
    extends: [tseslint.configs.base],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      // no-cycle parses each imported file: tell it TypeScript files need the TypeScript parser.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-self-compare': 'error',
      'no-unreachable': 'error',
      'no-fallthrough': 'error',
      'no-constant-binary-expression': 'error',
      'no-unsafe-finally': 'error',
    },
  },
  {
    files: ['server/src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'The engine is pure: no Node modules (see HOUSE-STYLE: engine and glue apart).' },
            { regex: '^(fs|path|os|child_process|worker_threads|url|crypto|module)$', message: 'The engine is pure: no Node modules.' },
            { regex: '^vscode', message: 'The engine is pure: no LSP or VS Code modules.' },
            { regex: '(^|/)(lsp|cli|node)(/|$)', message: 'The engine never imports its adapters.' },
          ],
        },
      ],
    },
  },
);
