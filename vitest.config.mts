import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/vscode/**', 'node_modules/**'],
    // Generous: the property tests generate 10,000 documents per file in CI on a 2-core machine.
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
