/** Entry of a lint worker thread (bundled as dist/cli-worker.js): runs batches of tasks posted by the pool. */
import { parentPort } from 'node:worker_threads';
import { runTask, type LintTask } from './task';
import type { WorkerReply } from './pool';

parentPort?.on('message', (msg: { id: number; tasks: LintTask[] }) => {
  let reply: WorkerReply;
  try {
    reply = { id: msg.id, json: JSON.stringify(msg.tasks.map((t) => runTask(t))) };
  } catch (e) {
    reply = { id: msg.id, error: String((e as Error)?.stack ?? e) };
  }
  parentPort!.postMessage(reply);
});
