/**
 * Opening a big YAML library: the first chunk of macros is linted at once (what the editor shows
 * first) and the rest in the background, in chunks that yield to the event loop between them, with
 * `$/progress` (window/workDoneProgress). Every chunk lints a longer prefix of the file, cut at an item
 * start, with the document's lint cache, so macros already linted are reused and the last chunk, the
 * whole text, gives exactly the result a lint at once would. A newer edit, a settings change, a close
 * or the user cancelling the progress stops the pass; the next analysis starts a new one that goes
 * straight to where the stopped one had got (those macros come from the cache).
 */
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { Locale } from '../engine/types';
import { splitLibrary } from '../engine/model/yaml-incremental';
import { t } from './l10n';

/** Characters of the later chunks: about a hundred generated macros, well under 100 ms of linting each. */
export const CHUNK_CHARS = 48 * 1024;
/**
 * Characters of the first chunk, what the editor shows at once: a few screens (about 35 generated
 * macros). Its lint also pays for the engine's first use (compiling the phrase expressions), so
 * every macro it does not hold is time the user waits for the first diagnostics.
 */
export const FIRST_CHUNK_CHARS = 16 * 1024;
/**
 * Later chunks grow with what is already linted (a quarter of it): every lint of a prefix also pays for
 * the document as a whole (reading the reused macros, sorting, precedence), so a 5,000-macro file
 * takes 15 chunks instead of 48 and a 20,000-macro one 21 instead of 190.
 */
const GROWTH = 0.25;
/** While a pass runs, clients are told to fetch the partial diagnostics at most this often. */
const NOTIFY_MS = 2000;

/**
 * Where to cut `text` to lint it in chunks: increasing item starts of its `macros:` list, the last one
 * the text's length; the first at or after `first` (and after `firstChunk` characters). Undefined when
 * the text is linted at once.
 */
export function chunkCuts(text: string, first = 0, chunk = CHUNK_CHARS, firstChunk = Math.min(chunk, FIRST_CHUNK_CHARS)): { cuts: number[]; items: number[] } | undefined {
  if (text.length < 2 * chunk) return undefined;
  const split = splitLibrary(text);
  if (!split || split.starts.length < 2) return undefined;
  const cuts: number[] = [];
  const items: number[] = [];
  let want = Math.max(first, firstChunk);
  split.starts.forEach((s, i) => {
    if (s < want) return;
    cuts.push(s);
    items.push(i);
    want = s + Math.max(chunk, Math.floor(s * GROWTH));
  });
  if (!cuts.length) return undefined;
  cuts.push(text.length);
  items.push(split.starts.length);
  return { cuts, items };
}

/** What a pass needs from the server: how to lint a prefix, when it is stale, whom to tell. */
export interface PassJob<R> {
  uri: string;
  text: string;
  /** Lints the text up to `end` (the whole text when `last`) and keeps the result as the document's analysis. */
  step(end: number, last: boolean): R;
  /** True once the document changed, closed or its settings changed: the pass stops. */
  stale(): boolean;
  /** Diagnostics of the document changed (partial ones while running, the full ones at the end). */
  notify(): void;
}

interface Running {
  stopped: boolean;
  reach: number;
  length: number;
}

/** The background passes of the open documents (one at most per document). */
export class OpenPasses {
  readonly #connection: Connection;
  readonly #ui: () => Locale;
  readonly #running = new Map<string, Running>();
  /** How far the last pass of a document got, and the document's length then. */
  readonly #reach = new Map<string, { offset: number; length: number }>();
  /** Documents linted whole at least once since they were opened: later edits lint at once. */
  readonly #complete = new Set<string>();
  readonly #logError: (where: string, err: unknown) => void;

  constructor(connection: Connection, ui: () => Locale, logError: (where: string, err: unknown) => void) {
    this.#connection = connection;
    this.#ui = ui;
    this.#logError = logError;
  }

  /** Documents held (for the test hook that checks a close frees everything). */
  size(uri: string): number {
    return (this.#running.has(uri) ? 1 : 0) + (this.#reach.has(uri) ? 1 : 0) + (this.#complete.has(uri) ? 1 : 0);
  }

  /**
   * Starts a pass over `job.text` when it is big and the document was never linted whole: lints the
   * first chunk now and returns its result, the rest in the background. Undefined (and the document
   * counts as linted whole) when the caller should lint the text at once.
   */
  start<R>(job: PassJob<R>): R | undefined {
    const { uri, text } = job;
    this.stop(uri);
    const reach = this.#reach.get(uri);
    const plan = this.#complete.has(uri) ? undefined : chunkCuts(text, reach ? reach.offset + (text.length - reach.length) : 0);
    if (!plan) {
      this.#complete.add(uri);
      this.#reach.delete(uri);
      return undefined;
    }
    const run: Running = { stopped: false, reach: plan.cuts[0], length: text.length };
    this.#running.set(uri, run);
    this.#reach.set(uri, { offset: run.reach, length: run.length });
    const first = job.step(plan.cuts[0], plan.cuts.length === 1);
    this.#continue(job, run, plan).catch((err) => this.#logError('open pass', err));
    return first;
  }

  async #continue<R>(job: PassJob<R>, run: Running, plan: { cuts: number[]; items: number[] }): Promise<void> {
    const { uri } = job;
    const total = plan.items[plan.items.length - 1];
    const ui = this.#ui();
    const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    // The rest waits for the progress the client shows (created at once when it cannot show one).
    let reporter: WorkDoneProgressServerReporter | undefined;
    try {
      reporter = await this.#connection.window.createWorkDoneProgress();
    } catch (err) {
      this.#logError('workDoneProgress/create', err);
    }
    reporter?.begin(t(ui, 'passTitle', { file }), percent(plan.items[0], total), t(ui, 'passMessage', { done: plan.items[0], total }), true);
    reporter?.token.onCancellationRequested(() => this.stop(uri));
    let notified = Date.now();
    try {
      for (let i = 1; i < plan.cuts.length; i++) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (run.stopped || job.stale()) return;
        const last = i === plan.cuts.length - 1;
        job.step(plan.cuts[i], last);
        run.reach = plan.cuts[i];
        this.#reach.set(uri, { offset: run.reach, length: run.length });
        reporter?.report(percent(plan.items[i], total), t(ui, 'passMessage', { done: plan.items[i], total }));
        if (last) {
          this.#complete.add(uri);
          this.#reach.delete(uri);
        }
        if (last || Date.now() - notified >= NOTIFY_MS) {
          notified = Date.now();
          job.notify();
        }
      }
    } finally {
      run.stopped = true;
      if (this.#running.get(uri) === run) this.#running.delete(uri);
      reporter?.done();
    }
  }

  /** Stops the pass of `uri` (a newer edit will start another). */
  stop(uri: string): void {
    const run = this.#running.get(uri);
    if (!run) return;
    run.stopped = true;
    this.#running.delete(uri);
  }

  /** Stops and forgets everything about `uri` (closed). */
  forget(uri: string): void {
    this.stop(uri);
    this.#reach.delete(uri);
    this.#complete.delete(uri);
  }
}

function percent(done: number, total: number): number {
  return Math.floor((100 * done) / Math.max(1, total));
}
