/** A small worker_threads pool that runs lint tasks on `dist/cli-worker.js`. */
import { Worker } from 'node:worker_threads';
import type { LintTask, TaskResult } from './task';

interface Pending {
  id: number;
  tasks: LintTask[];
  resolve: (r: TaskResult[]) => void;
  reject: (e: Error) => void;
}

/** What a worker posts back: the batch's results as one JSON string, or the error of the batch. */
export interface WorkerReply {
  id: number;
  json?: string;
  error?: string;
}

/**
 * Runs tasks on `size` worker threads; results come back in the order asked for by the caller.
 * Tasks travel in batches and results as one JSON string per batch: structured-cloning thousands of
 * small finding objects one message at a time cost the workers a fifth of their time.
 */
export class WorkerPool {
  readonly #queue: Pending[] = [];
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  readonly #workers: Worker[] = [];
  #nextId = 0;
  #closed = false;

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script);
      w.on('message', (msg: WorkerReply) => {
        const p = this.#busy.get(w);
        this.#busy.delete(w);
        this.#idle.push(w);
        if (p && p.id === msg.id) {
          if (msg.error !== undefined) p.reject(new Error(msg.error));
          else {
            try {
              p.resolve(JSON.parse(msg.json!) as TaskResult[]);
            } catch (e) {
              p.reject(e as Error);
            }
          }
        }
        this.#pump();
      });
      const fail = (err: Error) => {
        const p = this.#busy.get(w);
        this.#busy.delete(w);
        p?.reject(err);
        const k = this.#workers.indexOf(w);
        if (k >= 0) this.#workers.splice(k, 1);
        // With no worker left, nothing would ever drain the queue.
        if (!this.#workers.length) for (const q of this.#queue.splice(0)) q.reject(err);
      };
      w.on('error', fail);
      w.on('exit', (code) => {
        if (!this.#closed) fail(new Error(`lint worker exited with code ${code}`));
      });
      this.#workers.push(w);
      this.#idle.push(w);
    }
  }

  /** Lints (or fixes) one file on a worker. */
  async run(task: LintTask): Promise<TaskResult> {
    return (await this.runBatch([task]))[0];
  }

  /** Lints (or fixes) several files on one worker, in one message each way. */
  runBatch(tasks: LintTask[]): Promise<TaskResult[]> {
    return new Promise((resolve, reject) => {
      if (!this.#workers.length) return reject(new Error('no lint worker is running'));
      this.#queue.push({ id: this.#nextId++, tasks, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#queue.length && this.#idle.length) {
      const w = this.#idle.pop()!;
      if (!this.#workers.includes(w)) continue;
      const p = this.#queue.shift()!;
      this.#busy.set(w, p);
      w.postMessage({ id: p.id, tasks: p.tasks });
    }
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}

/**
 * Splits `items` into batches of about `bytes` of text (at least one item, at most `max` items), so a
 * worker is never idle for long and one huge file does not hold a whole batch back.
 */
export function batches<T>(items: readonly T[], size: (x: T) => number, bytes = 256 * 1024, max = 256): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let sum = 0;
  for (const x of items) {
    const s = size(x);
    if (cur.length && (sum + s > bytes || cur.length >= max)) {
      out.push(cur);
      cur = [];
      sum = 0;
    }
    cur.push(x);
    sum += s;
  }
  if (cur.length) out.push(cur);
  return out;
}
