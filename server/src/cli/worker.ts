/** Entry of a lint worker thread (bundled as dist/cli-worker.js): runs batches of tasks posted by the pool. */
import { parentPort } from 'node:worker_threads';
import { RunMemory, runTask, type LintTask } from './task';
import type { WorkerReply } from './pool';

// A worker lives for one run: what it remembers (macros already linted) serves every batch it gets.
const memory = new RunMemory();

parentPort?.on('message', (msg: { id: number; tasks: LintTask[] }) => {
  let reply: WorkerReply;
  try {
    reply = { id: msg.id, json: JSON.stringify(msg.tasks.map((t) => runTask(t, memory))) };
  } catch (e) {
    reply = { id: msg.id, error: String((e as Error)?.stack ?? e) };
  }
  parentPort!.postMessage(reply);
});
