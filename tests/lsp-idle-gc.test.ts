import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { IDLE_GC_DEFAULTS, shouldCollect, startIdleGc, type HeapSample } from '../server/src/lsp/idle-gc';

const MB = 1024 * 1024;
const root = join(__dirname, '..');

describe('shouldCollect', () => {
  it('collects an idle heap with a large share of slack', () => {
    expect(shouldCollect({ total: 600 * MB, used: 120 * MB, busy: 0 })).toBe(true);
  });
  it('leaves a busy server alone, however much slack it has', () => {
    expect(shouldCollect({ total: 600 * MB, used: 120 * MB, busy: 0.3 })).toBe(false);
    expect(shouldCollect({ total: 600 * MB, used: 120 * MB, busy: IDLE_GC_DEFAULTS.idleBelow })).toBe(false);
  });
  it('leaves a small slack alone, in bytes or as a share of the heap', () => {
    // 40 MB of slack: below the byte floor.
    expect(shouldCollect({ total: 60 * MB, used: 20 * MB, busy: 0 })).toBe(false);
    // 55 MB of slack in a 170 MB heap: less than a third.
    expect(shouldCollect({ total: 170 * MB, used: 115 * MB, busy: 0 })).toBe(false);
    // The same slack in a 160 MB heap: more than a third.
    expect(shouldCollect({ total: 160 * MB, used: 105 * MB, busy: 0 })).toBe(true);
  });
});

describe('startIdleGc', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A heap that each collection shrinks by a step, and a loop that is busy when told. */
  function fakeHeap(total: number, used: number) {
    const state = { total, used, busy: 0, collections: 0 };
    const gc = () => {
      state.collections++;
      state.total = Math.max(state.used + 20 * MB, Math.round(state.total * 0.6));
    };
    const sample = (): HeapSample => ({ total: state.total, used: state.used, busy: state.busy });
    return { state, gc, sample };
  }

  it('does nothing without a collector to call', () => {
    expect(startIdleGc({ gc: undefined as unknown as () => void, sample: () => ({ total: 0, used: 0, busy: 0 }) })).toBeUndefined();
  });

  it('collects step by step while idle, until the slack is small, then stops collecting', () => {
    const h = fakeHeap(600 * MB, 115 * MB);
    const stop = startIdleGc({ gc: h.gc, sample: h.sample, intervalMs: 1000 });
    expect(stop).toBeTypeOf('function');
    expect(h.state.collections).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(h.state.collections).toBe(1);
    // After a collection the next look comes sooner (a quarter of the interval).
    vi.advanceTimersByTime(250);
    expect(h.state.collections).toBe(2);
    vi.advanceTimersByTime(10_000);
    const settled = h.state.collections;
    expect(shouldCollect({ total: h.state.total, used: h.state.used, busy: 0 })).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(h.state.collections).toBe(settled);
    stop?.();
  });

  it('never collects while the event loop is busy', () => {
    const h = fakeHeap(600 * MB, 115 * MB);
    h.state.busy = 0.5;
    const stop = startIdleGc({ gc: h.gc, sample: h.sample, intervalMs: 1000 });
    vi.advanceTimersByTime(20_000);
    expect(h.state.collections).toBe(0);
    h.state.busy = 0;
    vi.advanceTimersByTime(1000);
    expect(h.state.collections).toBe(1);
    stop?.();
  });

  it('stops when told to', () => {
    const h = fakeHeap(600 * MB, 115 * MB);
    const stop = startIdleGc({ gc: h.gc, sample: h.sample, intervalMs: 1000 });
    stop?.();
    vi.advanceTimersByTime(20_000);
    expect(h.state.collections).toBe(0);
  });

  it('survives a collector that throws', () => {
    let calls = 0;
    const stop = startIdleGc({
      gc: () => {
        calls++;
        throw new Error('boom');
      },
      sample: () => ({ total: 600 * MB, used: 100 * MB, busy: 0 }),
      intervalMs: 1000,
    });
    vi.advanceTimersByTime(3000);
    expect(calls).toBe(3);
    stop?.();
  });
});

describe('the server is started with the flags the idle collector needs', () => {
  it('the client passes --expose-gc, and with it a node process has gc', () => {
    const flags = JSON.parse(readFileSync(join(root, 'client/src/server-flags.json'), 'utf8')) as string[];
    expect(flags).toContain('--expose-gc');
    const r = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write(typeof globalThis.gc)'], { encoding: 'utf8' });
    expect(r.stdout).toBe('function');
    // The client builds its server options from that file, for run and debug alike.
    const client = readFileSync(join(root, 'client/src/client.ts'), 'utf8');
    expect(client).toMatch(/import SERVER_NODE_FLAGS from '\.\/server-flags\.json'/);
    expect(client.match(/execArgv: \[\.\.\.SERVER_NODE_FLAGS[^\]]*\], env \}/g)?.length).toBe(2);
    expect(client).toMatch(/NODE_COMPILE_CACHE: vscode\.Uri\.joinPath\(context\.globalStorageUri/);
  });
});
