/**
 * TEST-ONLY hooks of the server entry. `MACROLINT_TEST_THROWING_RULE=1` adds a rule that always throws,
 * so protocol tests can show an engine failure is reported once and the other rules still run.
 * Nothing here is reachable without that environment variable.
 */
import type { Rule } from '../engine/rule';

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
 * TEST-ONLY request `macrolint/test/heap` (with `MACROLINT_TEST_HOOKS=1`): collects garbage when the
 * process runs with `--expose-gc` and answers the heap in use, for the memory-after-storm test.
 */
export function installTestRequests(connection: { onRequest(method: string, handler: () => unknown): unknown }, env: NodeJS.ProcessEnv = process.env): void {
  if (env.MACROLINT_TEST_HOOKS !== '1') return;
  connection.onRequest('macrolint/test/heap', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    return process.memoryUsage().heapUsed;
  });
}
