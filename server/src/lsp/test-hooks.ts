/**
 * TEST-ONLY hooks of the server entry. `MACROLINT_TEST_THROWING_RULE=1` adds a rule that always throws,
 * so protocol tests can show an engine failure is reported once and the other rules still run.
 * Nothing here is reachable without that environment variable.
 */
import type { Rule } from '../engine/rule';
import type { ServerInspector } from './server';

const throwingRule: Rule = {
  meta: {
    id: 'test/throws',
    family: 'style',
    description: { en: 'Test-only rule that always throws.', es: 'Regla solo para pruebas que siempre falla.' },
    rationale: { en: 'Test only.', es: 'Solo para pruebas.' },
    example: { en: { bad: '', good: '' }, es: { bad: '', good: '' } },
    defaultSeverity: 'warning',
    fixable: false,
    locales: ['en', 'es'],
    messages: { en: {}, es: {} },
  },
  check() {
    throw new Error('injected failure (MACROLINT_TEST_THROWING_RULE)');
  },
};

/** Extra rules requested by the test environment (empty in normal use). */
export function testRules(env: NodeJS.ProcessEnv = process.env): Rule[] {
  return env.MACROLINT_TEST_THROWING_RULE === '1' ? [throwingRule] : [];
}

/**
 * TEST-ONLY requests (with `MACROLINT_TEST_HOOKS=1`): `macrolint/test/heap` collects garbage when the
 * process runs with `--expose-gc` and answers the heap in use, for the memory-after-storm test
 * (`macrolint/test/memory`: every figure of `process.memoryUsage()`, for the benchmark's notes);
 * `macrolint/test/cacheSizes` (`{uri}`) answers what the server holds for a document, for the tests
 * that show a close frees it and an edit re-converts only the macro it touched.
 */
export function installTestRequests(
  connection: { onRequest(method: string, handler: (params: never) => unknown): unknown },
  env: NodeJS.ProcessEnv = process.env,
  server?: ServerInspector,
): void {
  if (env.MACROLINT_TEST_HOOKS !== '1') return;
  connection.onRequest('macrolint/test/cacheSizes', (params: { uri: string }) => server?.cacheSizes(params.uri) ?? {});
  connection.onRequest('macrolint/test/heap', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  });
  // The same after collecting, every figure of `process.memoryUsage()` (what the RSS is made of).
  connection.onRequest('macrolint/test/memory', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    return process.memoryUsage();
  });
}
