/**
 * The engine's memos, registered by the modules that keep them, so that a long-running host (the
 * language server, when idle) can drop them all at once.
 *
 * A registered cache must be pure: clearing it changes no result, only the time the next call takes.
 * A module registers a module-level cache with `registerCache`, and caches that live in instances (one
 * per phrase table, scanner, lexicon) with `cacheFamily`, which holds the instances weakly.
 */

interface CacheEntry {
  readonly clear: () => void;
  readonly size?: () => number;
}

const registry = new Map<string, CacheEntry>();

/**
 * Registers a cache under `name` (a later registration under the same name replaces it); `size`, when
 * given, tells how many entries it holds. Returns what unregisters it.
 */
export function registerCache(name: string, clear: () => void, size?: () => number): () => void {
  const entry: CacheEntry = { clear, size };
  registry.set(name, entry);
  return () => {
    if (registry.get(name) === entry) registry.delete(name);
  };
}

/** Clears every registered cache (or those whose name `only` accepts); returns how many it cleared. */
export function clearEngineCaches(only?: (name: string) => boolean): number {
  let n = 0;
  for (const [name, entry] of registry) {
    if (only && !only(name)) continue;
    entry.clear();
    n++;
  }
  return n;
}

/** The entries held by each registered cache that can tell, by name. */
export function engineCacheSizes(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, entry] of registry) if (entry.size) out[name] = entry.size();
  return out;
}

/** The instances of a `cacheFamily`: `add` one when it is created (returns it). */
export interface CacheFamily<T extends object> {
  add(instance: T): T;
}

/**
 * Registers, under `name`, the caches kept by each instance of a kind: clearing it runs `clear` on every
 * instance still alive; its size is the sum of `size` over them. The instances are held weakly, so an
 * instance nobody else holds (a test's lexicon, say) is still collected.
 */
export function cacheFamily<T extends object>(name: string, clear: (instance: T) => void, size?: (instance: T) => number): CacheFamily<T> {
  const refs = new Set<WeakRef<T>>();
  const each = (f: (instance: T) => void) => {
    for (const ref of refs) {
      const instance = ref.deref();
      if (instance === undefined) refs.delete(ref);
      else f(instance);
    }
  };
  registerCache(
    name,
    () => each(clear),
    size &&
      (() => {
        let n = 0;
        each((instance) => (n += size(instance)));
        return n;
      }),
  );
  // Dead references are dropped when the family is cleared, and when the set doubles (a host that never
  // clears, like the CLI, must not keep one per instance it ever made).
  let prune = 64;
  return {
    add(instance: T): T {
      refs.add(new WeakRef(instance));
      if (refs.size >= prune) {
        each(() => {});
        prune = Math.max(64, refs.size * 2);
      }
      return instance;
    },
  };
}
