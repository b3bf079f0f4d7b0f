import { Worker } from 'node:worker_threads';
import { FormatError } from '../../core/formats/format-error';
import { locateParseWorker } from './locate';
import type { WorkerSource } from './locate';
import { taskName } from './tasks';
import type { ParseResults, ParseTask, SerializedError, WorkerMessage } from './tasks';

/**
 * One worker thread that does the heavy parsing for the desktop main process and the web server
 * (issue 12): while it reads a pathological file, the thread that answers the UI stays free. One
 * task at a time (others wait in order); each is bounded in time (the worker is terminated and the
 * task fails naming its file) and the worker's heap is capped (resourceLimits), so a file that
 * needs more fails alone instead of taking the process down. A stopped worker is replaced on the
 * next task.
 */
export interface ParseWorker {
  run<K extends ParseTask['kind']>(task: Extract<ParseTask, { kind: K }>): Promise<ParseResults[K]>;
  /** Stops the worker (pending tasks fail); a later run starts a new one. */
  close(): Promise<void>;
}

export interface ParseWorkerOptions {
  /** Longest a task may run once the worker has it; default 120 s. */
  timeoutMs?: number;
  /** Heap cap of the worker (old generation); default 1024 MB (issue 12: an import stays under ~1 GB). */
  maxHeapMb?: number;
  /** Where the worker's code comes from; default: locateParseWorker(). */
  source?: () => Promise<WorkerSource>;
}

export const DEFAULT_PARSE_TIMEOUT_MS = 120_000;
export const DEFAULT_PARSE_HEAP_MB = 1024;

interface Pending {
  id: number;
  task: ParseTask;
  resolve(value: unknown): void;
  reject(err: Error): void;
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
  const revived = new Error(error.message);
  revived.name = error.name;
  return revived;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}

export function createParseWorker(options: ParseWorkerOptions = {}): ParseWorker {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS;
  const maxHeapMb = options.maxHeapMb ?? DEFAULT_PARSE_HEAP_MB;
  const source = options.source ?? (() => locateParseWorker());
  let sourceOnce: Promise<WorkerSource> | undefined;

  const queue: Pending[] = [];
  let nextId = 1;
  let worker: Worker | undefined;
  let ready: Promise<Worker> | undefined;
  let current: Pending | undefined;
  let timer: NodeJS.Timeout | undefined;

  function stopWorker(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const w = worker;
    worker = undefined;
    ready = undefined;
    if (w) void w.terminate();
  }

  /** Ends the running task with `err`, drops the worker (it may be stuck or broken) and moves on. */
  function failCurrent(err: Error): void {
    const task = current;
    current = undefined;
    stopWorker();
    task?.reject(err);
    pump();
  }

  function start(): Promise<Worker> {
    ready ??= (async () => {
      sourceOnce ??= source().catch((err: unknown) => {
        sourceOnce = undefined;
        throw err;
      });
      const from = await sourceOnce;
      const w =
        'file' in from
          ? new Worker(from.file, { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } })
          : new Worker(from.code, { eval: true, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
      worker = w;
      // Listeners stay on for the worker's life (removing all of a Worker's 'message' listeners
      // stops its port); until { type: 'ready' }, a failure rejects the start.
      let started: { resolve(): void; reject(err: Error): void } | undefined;
      const startedOk = new Promise<void>((resolve, reject) => (started = { resolve, reject }));
      w.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') return started?.resolve();
        if (!current || message.id !== current.id) return;
        const done = current;
        current = undefined;
        if (timer) clearTimeout(timer);
        timer = undefined;
        if (message.type === 'done') done.resolve(message.result);
        else done.reject(revive(message.error));
        pump();
      });
      w.on('error', (err: Error & { code?: string }) => {
        if (started) return started.reject(err);
        if (worker !== w || !current) return;
        const name = current ? taskName(current.task) : 'the parse worker';
        failCurrent(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new FormatError(name, `reading stopped: it needed more than ${maxHeapMb} MB of memory`)
            : new Error(`${name}: reading failed in the parse worker (${err.message})`),
        );
      });
      w.on('exit', (code) => {
        if (started) return started.reject(new Error(`the parse worker stopped while starting (exit code ${code})`));
        if (worker !== w || !current) return;
        failCurrent(new Error(`${current ? taskName(current.task) : 'the parse worker'}: the parse worker stopped (exit code ${code})`));
      });
      await startedOk;
      started = undefined;
      return w;
    })().catch((err: unknown) => {
      stopWorker();
      throw err;
    });
    return ready;
  }

  function pump(): void {
    if (current || queue.length === 0) {
      if (!current) worker?.unref(); // idle: do not keep the process alive
      return;
    }
    const task = queue.shift()!;
    current = task;
    start().then(
      (w) => {
        if (current !== task) return; // failed or closed meanwhile
        w.ref();
        timer = setTimeout(() => {
          if (current === task) failCurrent(new FormatError(taskName(task.task), `reading took longer than ${seconds(timeoutMs)} and was stopped (the file is too complex; split or simplify it)`));
        }, timeoutMs);
        w.postMessage({ id: task.id, task: task.task });
      },
      (err: unknown) => {
        if (current === task) failCurrent(err instanceof Error ? err : new Error(String(err)));
      },
    );
  }

  return {
    run(task) {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, task, resolve: resolve as (value: unknown) => void, reject });
        pump();
      });
    },
    async close() {
      const waiting = queue.splice(0, queue.length);
      const running = current;
      current = undefined;
      const w = worker;
      stopWorker();
      for (const p of running ? [running, ...waiting] : waiting) p.reject(new Error(`${taskName(p.task)}: the parse worker was closed`));
      if (w) await w.terminate();
    },
  };
}

let shared: ParseWorker | undefined;

/** The process's parse worker (the desktop main process and the web server each have one). */
export function sharedParseWorker(): ParseWorker {
  shared ??= createParseWorker();
  return shared;
}
