import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { FormatError } from '../../core/formats/format-error';
import { JobCancelledError } from '../cancellable-jobs';
import { RefusedRequestError } from '../host';
import { lexiconLocations } from '../lexicon';
import { locateParseWorker } from './locate';
import type { WorkerSource } from './locate';
import { receiveResult, taskAffinity, taskName } from './tasks';
import type { ParseResults, ParseTask, SerializedError, WorkerData, WorkerMessage } from './tasks';

/**
 * Worker threads that do the heavy work for the desktop main process and the web server (issue 12):
 * decoding and parsing files, segmenting, aligning, judging drafts and parsing project JSON. While
 * they run, the thread that answers the UI stays free. Up to `size` tasks run at once, one per
 * worker (others wait in order); each is bounded in time (the worker is terminated and the task
 * fails naming its input) and each worker's heap is capped (resourceLimits), so an input that needs
 * more fails alone instead of taking the process down. A stopped worker is replaced on the next
 * task. A task started with a `job` name can be cancelled: its worker is terminated at once.
 */
export interface ParseWorker {
  run<K extends ParseTask['kind']>(task: Extract<ParseTask, { kind: K }>, options?: RunOptions): Promise<ParseResults[K]>;
  /**
   * Stops the task named `job`: a running one at once (its worker is terminated and replaced on the
   * next task), a queued one before it starts, and one not yet asked for is refused when it comes.
   * True when it was running or queued.
   */
  cancel(job: string): boolean;
  /** How many tasks are running now, and the thread ids of the live workers (for tests and diagnostics). */
  load(): { running: number; threads: number[] };
  /** Stops the workers (pending tasks fail); a later run starts new ones. */
  close(): Promise<void>;
}

export interface RunOptions {
  /** A name for `cancel(job)`; two tasks may not share one while both are pending. */
  job?: string;
  /**
   * Work nobody waits for (warming the workers up, services/alignment-warm-up.ts): it starts only
   * when no other task is queued, and a task with an affinity waits for the worker that has it
   * (another worker would load a second copy of that lexicon). A task that comes meanwhile waits at
   * most for the background task already running, so background tasks should be short.
   */
  background?: boolean;
}

export interface ParseWorkerOptions {
  /** Longest a task may run once a worker has it; default 120 s. */
  timeoutMs?: number;
  /** Heap cap of each worker (old generation); default 1024 MB (issue 12: an import stays under ~1 GB). */
  maxHeapMb?: number;
  /** How many workers may run at once; default 1. */
  size?: number;
  /** Where the worker's code comes from; default: locateParseWorker(). */
  source?: () => Promise<WorkerSource>;
}

export const DEFAULT_PARSE_TIMEOUT_MS = 120_000;
export const DEFAULT_PARSE_HEAP_MB = 1024;
/** The shared pool: two workers at most (the machine this was built on has 2 cores; New project's en and ru drafts align side by side). */
export const SHARED_POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()));

/** Jobs whose Cancel arrived before they started; a few are enough (one New project at a time). */
const MAX_EARLY_CANCELS = 32;

interface Pending {
  id: number;
  task: ParseTask;
  job: string | undefined;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/** One worker thread and the task it runs. */
interface Slot {
  worker: Worker | undefined;
  ready: Promise<Worker> | undefined;
  current: Pending | undefined;
  timer: NodeJS.Timeout | undefined;
  /** What this worker has loaded (the lexicons of the languages it aligned): the same kind of task goes back to it. */
  warm: Set<string>;
}

/** The worker's error back as the class the callers expect (FormatError → web mode's 422). */
function revive(error: SerializedError): Error {
  if (error.name === 'FormatError' && error.fileName !== undefined) {
    const where: { line?: number; column?: number; offset?: number } = {};
    if (error.line !== undefined) where.line = error.line;
    if (error.column !== undefined) where.column = error.column;
    if (error.offset !== undefined) where.offset = error.offset;
    const revived = new FormatError(error.fileName, '', where);
    revived.message = error.message;
    return revived;
  }
  const revived = error.name === 'RefusedRequestError' ? new RefusedRequestError(error.message) : new Error(error.message);
  revived.name = error.name;
  return revived;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

/** What a task that stopped its worker says: reading for files, the task's own words otherwise. */
function stoppedMessage(task: ParseTask, what: 'time' | 'memory', limit: string): string {
  const doing = task.kind === 'alignDocs' || task.kind === 'realign' || task.kind === 'judge' ? 'aligning' : 'reading';
  if (what === 'memory') return `${doing} stopped: it needed more than ${limit} of memory`;
  return `${doing} took longer than ${limit} and was stopped (${doing === 'aligning' ? 'the texts are too long; align them in parts' : 'the file is too complex; split or simplify it'})`;
}

export function createParseWorker(options: ParseWorkerOptions = {}): ParseWorker {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_PARSE_HEAP_MB;
  const size = Math.max(1, Math.floor(options.size ?? 1));
  const source = options.source ?? (() => locateParseWorker());
  let sourceOnce: Promise<WorkerSource> | undefined;

  const queue: Pending[] = [];
  /** Background tasks, run in order when `queue` is empty. */
  const background: Pending[] = [];
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) slots.push({ worker: undefined, ready: undefined, current: undefined, timer: undefined, warm: new Set() });
  const cancelledEarly = new Set<string>();
  let nextId = 1;

  function stopWorker(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    const w = slot.worker;
    slot.worker = undefined;
    slot.ready = undefined;
    slot.warm.clear();
    if (w) void w.terminate();
  }

  /** Ends the slot's running task with `err`, drops its worker (it may be stuck or broken) and moves on. */
  function failCurrent(slot: Slot, err: Error): void {
    const task = slot.current;
    slot.current = undefined;
    stopWorker(slot);
    task?.reject(err);
    pump();
  }

  function start(slot: Slot): Promise<Worker> {
    slot.ready ??= (async () => {
      sourceOnce ??= source().catch((err: unknown) => {
        sourceOnce = undefined;
        throw err;
      });
      const from = await sourceOnce;
      // The lexicons' files are found here (main knows where the app and its resources are) and
      // handed to the worker, whose own __dirname may be an eval'd bundle's.
      const workerData: WorkerData = { lexicons: lexiconLocations() };
      const limits = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb }, workerData };
      const w = 'file' in from ? new Worker(from.file, limits) : new Worker(from.code, { eval: true, ...limits });
      slot.worker = w;
      // Listeners stay on for the worker's life (removing all of a Worker's 'message' listeners
      // stops its port); until { type: 'ready' }, a failure rejects the start.
      let started: { resolve(): void; reject(err: Error): void } | undefined;
      const startedOk = new Promise<void>((resolve, reject) => (started = { resolve, reject }));
      w.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') return started?.resolve();
        const done = slot.current;
        if (slot.worker !== w || !done || message.id !== done.id) return;
        slot.current = undefined;
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = undefined;
        const affinity = taskAffinity(done.task);
        if (affinity) slot.warm.add(affinity);
        if (message.type === 'done') {
          let result: unknown;
          try {
            result = receiveResult(done.task, message.result);
          } catch (err) {
            done.reject(err instanceof Error ? err : new Error(String(err)));
            pump();
            return;
          }
          done.resolve(result);
        }
        else done.reject(revive(message.error));
        pump();
      });
      w.on('error', (err: Error & { code?: string }) => {
        if (started) return started.reject(err);
        if (slot.worker !== w || !slot.current) return;
        const task = slot.current.task;
        const name = taskName(task);
        failCurrent(
          slot,
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new FormatError(name, stoppedMessage(task, 'memory', `${maxHeapMb} MB`))
            : new Error(`${name}: ${task.kind === 'alignDocs' || task.kind === 'realign' || task.kind === 'judge' ? 'aligning' : 'reading'} failed in the worker (${err.message})`),
        );
      });
      w.on('exit', (code) => {
        if (started) return started.reject(new Error(`the parse worker stopped while starting (exit code ${code})`));
        if (slot.worker !== w || !slot.current) return;
        failCurrent(slot, new Error(`${taskName(slot.current.task)}: the worker stopped (exit code ${code})`));
      });
      await startedOk;
      started = undefined;
      return w;
    })().catch((err: unknown) => {
      stopWorker(slot);
      throw err;
    });
    return slot.ready;
  }

  /** The idle worker for `task`: one that already did its kind of work (loaded its lexicon), else one already started, else any. */
  function idleSlotFor(task: ParseTask): Slot | undefined {
    const idle = slots.filter((s) => !s.current);
    const affinity = taskAffinity(task);
    return (affinity ? idle.find((s) => s.warm.has(affinity)) : undefined) ?? idle.find((s) => s.worker) ?? idle[0];
  }

  /** The idle worker for a background task: while a worker has its affinity, only that one. */
  function idleSlotForBackground(task: ParseTask): Slot | undefined {
    const affinity = taskAffinity(task);
    const owner = affinity ? slots.find((s) => s.warm.has(affinity)) : undefined;
    if (owner) return owner.current ? undefined : owner;
    return idleSlotFor(task);
  }

  function runOn(slot: Slot, task: Pending): void {
    slot.current = task;
    start(slot).then(
      (w) => {
        if (slot.current !== task) return; // failed, cancelled or closed meanwhile
        w.ref();
        slot.timer = setTimeout(() => {
          if (slot.current === task) failCurrent(slot, new FormatError(taskName(task.task), stoppedMessage(task.task, 'time', seconds(timeoutMs))));
        }, timeoutMs);
        w.postMessage({ id: task.id, task: task.task });
      },
      (err: unknown) => {
        if (slot.current === task) failCurrent(slot, err instanceof Error ? err : new Error(String(err)));
      },
    );
  }

  function pump(): void {
    while (queue.length > 0) {
      const slot = idleSlotFor(queue[0]!.task);
      if (!slot) break;
      runOn(slot, queue.shift()!);
    }
    // Background tasks take what the queue left idle; one waiting for a busy worker lets later ones by.
    for (let i = 0; queue.length === 0 && i < background.length; ) {
      const slot = idleSlotForBackground(background[i]!.task);
      if (slot) runOn(slot, background.splice(i, 1)[0]!);
      else i++;
    }
    for (const slot of slots) if (!slot.current) slot.worker?.unref(); // idle: do not keep the process alive
  }

  function pendingJob(job: string): boolean {
    return queue.some((p) => p.job === job) || background.some((p) => p.job === job) || slots.some((s) => s.current?.job === job);
  }

  return {
    run(task, runOptions = {}) {
      const job = runOptions.job;
      return new Promise((resolve, reject) => {
        if (job !== undefined) {
          if (cancelledEarly.delete(job)) return reject(new JobCancelledError(job));
          if (pendingJob(job)) return reject(new RefusedRequestError(`Job ${job} is already running`));
        }
        (runOptions.background ? background : queue).push({ id: nextId++, task, job, resolve: resolve as (value: unknown) => void, reject });
        pump();
      });
    },
    cancel(job) {
      for (const waiting of [queue, background]) {
        const queued = waiting.findIndex((p) => p.job === job);
        if (queued >= 0) {
          waiting.splice(queued, 1)[0]!.reject(new JobCancelledError(job));
          return true;
        }
      }
      const slot = slots.find((s) => s.current?.job === job);
      if (slot) {
        failCurrent(slot, new JobCancelledError(job));
        return true;
      }
      if (cancelledEarly.size >= MAX_EARLY_CANCELS) cancelledEarly.delete(cancelledEarly.values().next().value!);
      cancelledEarly.add(job);
      return false;
    },
    load() {
      const threads: number[] = [];
      for (const s of slots) if (s.worker) threads.push(s.worker.threadId);
      return { running: slots.filter((s) => s.current).length, threads };
    },
    async close() {
      const waiting = queue.splice(0, queue.length).concat(background.splice(0, background.length));
      const running: Pending[] = [];
      const workers: Worker[] = [];
      for (const slot of slots) {
        if (slot.current) running.push(slot.current);
        slot.current = undefined;
        if (slot.worker) workers.push(slot.worker);
        stopWorker(slot);
      }
      for (const p of running.concat(waiting)) p.reject(new Error(`${taskName(p.task)}: the parse worker was closed`));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

let shared: ParseWorker | undefined;

/** The process's worker pool (the desktop main process and the web server each have one). */
export function sharedParseWorker(): ParseWorker {
  shared ??= createParseWorker({ size: SHARED_POOL_SIZE });
  return shared;
}
