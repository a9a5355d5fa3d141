/** Entry of a lint worker thread (bundled as dist/cli-worker.js): runs tasks posted by the pool. */
import { parentPort } from 'node:worker_threads';
import { runTask, type LintTask } from './task';

parentPort?.on('message', (msg: { id: number; task: LintTask }) => {
  try {
    parentPort!.postMessage({ id: msg.id, result: runTask(msg.task) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: String((e as Error)?.stack ?? e) });
  }
});
