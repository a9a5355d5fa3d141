/** A small worker_threads pool that runs lint tasks on `dist/cli-worker.js`. */
import { Worker } from 'node:worker_threads';
import type { LintTask, TaskResult } from './task';

interface Pending {
  id: number;
  task: LintTask;
  resolve: (r: TaskResult) => void;
  reject: (e: Error) => void;
}

/** Runs tasks on `size` worker threads; results come back in the order asked for by the caller. */
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
      w.on('message', (msg: { id: number; result?: TaskResult; error?: string }) => {
        const p = this.#busy.get(w);
        this.#busy.delete(w);
        this.#idle.push(w);
        if (p && p.id === msg.id) {
          if (msg.error !== undefined) p.reject(new Error(msg.error));
          else p.resolve(msg.result!);
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
  run(task: LintTask): Promise<TaskResult> {
    return new Promise((resolve, reject) => {
      if (!this.#workers.length) return reject(new Error('no lint worker is running'));
      this.#queue.push({ id: this.#nextId++, task, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#queue.length && this.#idle.length) {
      const w = this.#idle.pop()!;
      if (!this.#workers.includes(w)) continue;
      const p = this.#queue.shift()!;
      this.#busy.set(w, p);
      w.postMessage({ id: p.id, task: p.task });
    }
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
