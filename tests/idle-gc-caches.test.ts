/**
 * The idle collector drops the engine's caches (engine/caches.ts) before the first collection of each
 * idle period, once, and never while the server is busy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIdleGc, type HeapSample } from '../server/src/lsp/idle-gc';

const MB = 1024 * 1024;

/** A heap that each collection shrinks by a step, a loop that is busy when told, and a log of calls. */
function fakeServer(total = 600 * MB, used = 115 * MB) {
  const state = { total, used, busy: 0, calls: [] as string[] };
  return {
    state,
    gc: () => {
      state.calls.push('gc');
      state.total = Math.max(state.used + 20 * MB, Math.round(state.total * 0.6));
    },
    sample: (): HeapSample => ({ total: state.total, used: state.used, busy: state.busy }),
    clearCaches: () => void state.calls.push('clear'),
  };
}

const count = (calls: string[], what: string) => calls.filter((c) => c === what).length;

describe('the idle collector and the engine caches', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('clears the caches once, before the first collection of an idle period', () => {
    const s = fakeServer();
    const stop = startIdleGc({ gc: s.gc, sample: s.sample, clearCaches: s.clearCaches, intervalMs: 1000 });
    vi.advanceTimersByTime(30_000);
    expect(s.state.calls[0]).toBe('clear');
    expect(s.state.calls[1]).toBe('gc');
    expect(count(s.state.calls, 'gc')).toBeGreaterThan(1);
    expect(count(s.state.calls, 'clear')).toBe(1);
    stop?.();
  });

  it('clears again in the next idle period, after the server was busy', () => {
    const s = fakeServer();
    const stop = startIdleGc({ gc: s.gc, sample: s.sample, clearCaches: s.clearCaches, intervalMs: 1000 });
    vi.advanceTimersByTime(30_000);
    expect(count(s.state.calls, 'clear')).toBe(1);
    // Typing: the loop is busy and the heap grows again.
    s.state.busy = 0.4;
    s.state.total = 600 * MB;
    vi.advanceTimersByTime(10_000);
    const whileBusy = s.state.calls.length;
    expect(count(s.state.calls, 'clear')).toBe(1);
    s.state.busy = 0;
    vi.advanceTimersByTime(30_000);
    expect(s.state.calls[whileBusy]).toBe('clear');
    expect(count(s.state.calls, 'clear')).toBe(2);
    stop?.();
  });

  it('never clears while the server is busy', () => {
    const s = fakeServer();
    s.state.busy = 0.5;
    const stop = startIdleGc({ gc: s.gc, sample: s.sample, clearCaches: s.clearCaches, intervalMs: 1000 });
    vi.advanceTimersByTime(60_000);
    expect(s.state.calls).toEqual([]);
    stop?.();
  });

  it('does not clear when there is nothing to collect', () => {
    // A small heap (below 2 × the slack floor) with 20 MB of slack: no collection, so the caches stay.
    const s = fakeServer(80 * MB, 60 * MB);
    const stop = startIdleGc({ gc: s.gc, sample: s.sample, clearCaches: s.clearCaches, intervalMs: 1000 });
    vi.advanceTimersByTime(60_000);
    expect(s.state.calls).toEqual([]);
    stop?.();
  });

  it('collects a big heap once per idle period even when its used figure shows little slack', () => {
    // `used` counts garbage not collected yet: 140 MB held, 120 MB "used" may be mostly garbage. The
    // collection here frees nothing (the fake's live size is the used figure), so it is not repeated.
    const s = fakeServer(140 * MB, 120 * MB);
    s.gc = () => void s.state.calls.push('gc');
    const stop = startIdleGc({ gc: s.gc, sample: s.sample, clearCaches: s.clearCaches, intervalMs: 1000 });
    vi.advanceTimersByTime(60_000);
    expect(s.state.calls).toEqual(['clear', 'gc']);
    // Typing, then idle again: one more.
    s.state.busy = 0.5;
    vi.advanceTimersByTime(1000);
    s.state.busy = 0;
    vi.advanceTimersByTime(60_000);
    expect(s.state.calls).toEqual(['clear', 'gc', 'clear', 'gc']);
    stop?.();
  });

  it('still collects when clearing the caches throws, and does not retry the clearing in that period', () => {
    const s = fakeServer();
    let clears = 0;
    const stop = startIdleGc({
      gc: s.gc,
      sample: s.sample,
      clearCaches: () => {
        clears++;
        throw new Error('boom');
      },
      intervalMs: 1000,
    });
    vi.advanceTimersByTime(30_000);
    expect(clears).toBe(1);
    expect(count(s.state.calls, 'gc')).toBeGreaterThan(0);
    stop?.();
  });
});

describe('the idle collector and a heap that stops shrinking', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stops collecting when a collection gives nothing back, until the next idle period', () => {
    // V8 keeps room above the live heap: here the heap never goes below 160 MB for 94 MB in use, a slack
    // the thresholds alone would collect forever.
    const s = fakeServer(600 * MB, 94 * MB);
    const gc = () => {
      s.state.calls.push('gc');
      s.state.total = Math.max(160 * MB, Math.round(s.state.total * 0.6));
    };
    const stop = startIdleGc({ gc, sample: s.sample, clearCaches: s.clearCaches, intervalMs: 1000 });
    vi.advanceTimersByTime(60_000);
    const settled = count(s.state.calls, 'gc');
    // 600 → 360 → 216 → 160, then one more that gives nothing back.
    expect(settled).toBe(4);
    vi.advanceTimersByTime(60_000);
    expect(count(s.state.calls, 'gc')).toBe(settled);
    // After typing, the heap grew: the next idle period collects again (and clears the caches again).
    s.state.busy = 0.4;
    s.state.total = 400 * MB;
    vi.advanceTimersByTime(2000);
    s.state.busy = 0;
    vi.advanceTimersByTime(60_000);
    expect(count(s.state.calls, 'gc')).toBeGreaterThan(settled);
    expect(count(s.state.calls, 'clear')).toBe(2);
    stop?.();
  });
});
