import { parentPort, workerData } from 'node:worker_threads';
import { useLexiconLocations } from '../lexicon';
import { runParseTask } from './tasks';
import type { ParseTask, SerializedError, WorkerData, WorkerMessage } from './tasks';

/**
 * The worker's entry (built as out/main/parse-worker.js; bundled on first use when running from
 * source). It answers one task at a time; the owner (pool.ts) bounds its time and memory and
 * terminates it to cancel.
 */
function serialize(err: unknown): SerializedError {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const fields = err as Error & Partial<Omit<SerializedError, 'name' | 'message'>>;
  const out: SerializedError = { name: err.name, message: err.message };
  if (typeof fields.fileName === 'string') out.fileName = fields.fileName;
  if (typeof fields.line === 'number') out.line = fields.line;
  if (typeof fields.column === 'number') out.column = fields.column;
  if (typeof fields.offset === 'number') out.offset = fields.offset;
  return out;
}

const port = parentPort;
if (port) {
  const data = workerData as WorkerData | undefined;
  if (data?.lexicons) useLexiconLocations(data.lexicons);
  port.on('message', (message: { id: number; task: ParseTask }) => {
    runParseTask(message.task).then(
      (result) => port.postMessage({ type: 'done', id: message.id, result } satisfies WorkerMessage),
      (err: unknown) => port.postMessage({ type: 'failed', id: message.id, error: serialize(err) } satisfies WorkerMessage),
    );
  });
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}
