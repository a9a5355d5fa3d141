/**
 * Gives memory back when the server is idle.
 *
 * Opening a big library allocates several hundred megabytes for a few seconds. V8 keeps a heap that grew
 * that much, and its own memory reducer did not shrink it in a 15 s idle period. On a 5,000-macro YAML
 * file the server sat at ~620 MB of heap for 115 MB of live data. A full collection while the event loop
 * is idle gives the unused pages back. Each collection shrinks the heap a step, so one runs per idle
 * tick until the slack is small.
 *
 * It needs `gc` (node `--expose-gc`, which the VS Code client passes: see client/src/server-flags.json).
 * Without it, nothing happens. It never runs while the server is busy: a tick collects only when the event
 * loop was almost idle since the previous tick.
 *
 * Before the first collection of an idle period it drops the engine's memos (engine/caches.ts): they are
 * pure caches, so no result changes, and an editor left alone does not need them; typing refills them.
 * Once per idle period: a period ends at the first busy tick.
 *
 * The heap's `used` figure counts garbage not collected yet, so a heap of mostly garbage can look full:
 * the first idle tick of a period collects a big heap (2 × `minSlack` or more) whatever its slack.
 *
 * V8 keeps some room above the live heap whatever it is asked; a collection that gave nothing back ends
 * the collecting until the next idle period, so a heap whose slack stays above the thresholds is not
 * collected every tick for nothing.
 */
import { getHeapStatistics } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { clearEngineCaches } from '../engine/caches';

export interface HeapSample {
  /** Bytes V8 holds for the heap (`total_heap_size`). */
  readonly total: number;
  /** Bytes of it in use, garbage not yet collected included (`used_heap_size`). */
  readonly used: number;
  /** Share of the last tick the event loop spent working (0–1). */
  readonly busy: number;
}

export interface IdleGcOptions {
  /** Time between two looks at the heap (ms). */
  readonly intervalMs?: number;
  /** Largest busy share of a tick that still counts as idle. */
  readonly idleBelow?: number;
  /** Slack (total − used) below which the heap is left alone (bytes). */
  readonly minSlack?: number;
  /** The collector; `globalThis.gc` by default. */
  readonly gc?: () => void;
  /** The heap and event-loop figures; V8's and perf_hooks' by default. */
  readonly sample?: () => HeapSample;
  /** What drops the caches before an idle period's first collection; `clearEngineCaches` by default. */
  readonly clearCaches?: () => void;
  /** Heap size (bytes) from which an idle period's first tick collects whatever the slack; 2 × `minSlack` by default. */
  readonly bigHeap?: number;
}

export const IDLE_GC_DEFAULTS = { intervalMs: 2000, idleBelow: 0.02, minSlack: 48 * 1024 * 1024 } as const;

/** Least shrinking of the heap (bytes) for a collection to count as giving memory back. */
const MIN_GAIN = 1024 * 1024;

/**
 * Whether to collect now: the loop was idle, and the heap holds at least `minSlack` bytes, a third or
 * more of it, that are not in use.
 */
export function shouldCollect(s: HeapSample, idleBelow: number = IDLE_GC_DEFAULTS.idleBelow, minSlack: number = IDLE_GC_DEFAULTS.minSlack): boolean {
  const slack = s.total - s.used;
  return s.busy < idleBelow && slack >= minSlack && slack * 3 >= s.total;
}

/** V8's heap figures and the event loop's busy share since the last call (or the last `rebase`). */
function v8Sampler(): { sample: () => HeapSample; rebase: () => void } {
  let last = performance.eventLoopUtilization();
  return {
    sample: () => {
      const now = performance.eventLoopUtilization();
      const busy = performance.eventLoopUtilization(now, last).utilization;
      last = now;
      const h = getHeapStatistics();
      return { total: h.total_heap_size, used: h.used_heap_size, busy };
    },
    // After a collection: its own pause must not make the next tick look busy.
    rebase: () => {
      last = performance.eventLoopUtilization();
    },
  };
}

/** Starts the idle collector; returns what stops it, or undefined when there is no `gc` to call. */
export function startIdleGc(options: IdleGcOptions = {}): (() => void) | undefined {
  const gc = options.gc ?? (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return undefined;
  const idleBelow = options.idleBelow ?? IDLE_GC_DEFAULTS.idleBelow;
  const minSlack = options.minSlack ?? IDLE_GC_DEFAULTS.minSlack;
  const interval = options.intervalMs ?? IDLE_GC_DEFAULTS.intervalMs;
  const sampler = options.sample ? { sample: options.sample, rebase: () => {} } : v8Sampler();
  const clearCaches = options.clearCaches ?? clearEngineCaches;
  const bigHeap = options.bigHeap ?? 2 * minSlack;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // Whether the caches were dropped in the current idle period; whether its collections stopped giving
  // memory back; the heap's size before the previous tick's collection (NaN: that tick did not collect).
  let cleared = false;
  let exhausted = false;
  let before = NaN;
  const tick = () => {
    let collected = false;
    try {
      const s = sampler.sample();
      if (s.busy >= idleBelow) cleared = exhausted = false;
      else if (s.total > before - MIN_GAIN) exhausted = true;
      before = NaN;
      // `used` counts garbage not collected yet, so the slack it shows can hide a heap that is mostly
      // garbage: the first idle tick of a period collects a big heap whatever its slack looks like.
      const first = !cleared && s.busy < idleBelow && s.total >= bigHeap;
      if (!exhausted && (first || shouldCollect(s, idleBelow, minSlack))) {
        if (!cleared) {
          cleared = true;
          clearCaches();
        }
        gc();
        before = s.total;
        collected = true;
        sampler.rebase();
      }
    } catch {
      // Never let housekeeping take the server down.
    }
    if (stopped) return;
    // Each collection shrinks the heap a step: look again soon while there is slack to give back.
    timer = setTimeout(tick, collected ? Math.max(1, interval / 4) : interval);
    timer.unref();
  };
  timer = setTimeout(tick, interval);
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
