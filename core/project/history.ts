/**
 * Undo/redo over immutable snapshots. Edits return new Projects that share unchanged parts, so a
 * snapshot costs only what changed; the history is bounded so a day of typing cannot grow without end.
 * Consecutive keystrokes in one sentence coalesce into one undo step.
 */

export interface HistoryEntry<T> {
  state: T;
  /** What the step did, for "Undo merge beads" labels. */
  label: string;
  /** Steps with the same key recorded within `coalesceMs` of each other become one (typing). */
  coalesceKey?: string;
  at: number;
  /** Unique per recorded state: compared with the saved revision for the dirty flag. */
  revision: number;
}

export interface History<T> {
  past: HistoryEntry<T>[];
  present: HistoryEntry<T>;
  future: HistoryEntry<T>[];
  limit: number;
  coalesceMs: number;
  savedRevision: number;
  nextRevision: number;
}

export interface HistoryOptions {
  /** Undo steps kept (oldest dropped first). */
  limit?: number;
  coalesceMs?: number;
}

/** A history whose present is `state`, counted as saved. */
export function createHistory<T>(state: T, options: HistoryOptions = {}): History<T> {
  return {
    past: [],
    present: { state, label: 'open', at: 0, revision: 0 },
    future: [],
    limit: options.limit ?? 500,
    coalesceMs: options.coalesceMs ?? 1500,
    savedRevision: 0,
    nextRevision: 1,
  };
}

/**
 * Record a new state; the redo branch is dropped. The same state object records nothing.
 * `coalesceMs` overrides the history's window for this step: a long job that lands its results
 * in bursts (a DeepL draft) passes Infinity to stay one step until something else is recorded.
 */
export function record<T>(history: History<T>, state: T, step: { label: string; coalesceKey?: string; coalesceMs?: number; now?: number }): History<T> {
  if (state === history.present.state) return history;
  const now = step.now ?? Date.now();
  const entry: HistoryEntry<T> = { state, label: step.label, at: now, revision: history.nextRevision };
  if (step.coalesceKey !== undefined) entry.coalesceKey = step.coalesceKey;
  const coalesce =
    step.coalesceKey !== undefined &&
    history.future.length === 0 &&
    history.present.coalesceKey === step.coalesceKey &&
    now - history.present.at <= (step.coalesceMs ?? history.coalesceMs);
  // A coalesced step replaces the present but keeps the state before the typing burst in `past`.
  const past = coalesce ? history.past : [...history.past, history.present];
  if (past.length > history.limit) past.splice(0, past.length - history.limit);
  return { ...history, past, present: entry, future: [], nextRevision: history.nextRevision + 1 };
}

/**
 * `derive` applied to every state the history holds (the present and each undo and redo step), each
 * keeping its revision: no undo step, and the dirty flag stays as it was. Only for what the app
 * recomputes on its own (alignment scores after a re-alignment that found the same beads), never
 * for the translator's work: undo cannot take it back, and must not bring back what it replaced
 * (the stale scores of the step before the last edit). `derive` returns its argument for a state
 * it leaves as it is; the same history when it leaves them all.
 */
export function rederive<T>(history: History<T>, derive: (state: T) => T): History<T> {
  let changed = false;
  const each = (entry: HistoryEntry<T>): HistoryEntry<T> => {
    const state = derive(entry.state);
    if (state === entry.state) return entry;
    changed = true;
    return { ...entry, state };
  };
  const present = each(history.present);
  const past = history.past.map(each);
  const future = history.future.map(each);
  return changed ? { ...history, past, present, future } : history;
}

/** Step back; the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  // The undone entry loses its coalesce key so the next keystroke starts a fresh step.
  const { coalesceKey: _dropped, ...present } = history.present;
  return { ...history, past: history.past.slice(0, -1), present: previous, future: [present, ...history.future] };
}

/** Step forward again; the same history when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { ...history, past: [...history.past, history.present], present: next, future };
}

/** The label of the step undo would revert, or undefined. */
export function undoLabel<T>(history: History<T>): string | undefined {
  return history.past.length > 0 ? history.present.label : undefined;
}

/** The label of the step redo would re-apply, or undefined. */
export function redoLabel<T>(history: History<T>): string | undefined {
  return history.future[0]?.label;
}

/** Remember that the present state is what is on disk. */
export function markSaved<T>(history: History<T>, revision = history.present.revision): History<T> {
  return { ...history, savedRevision: revision };
}

/** Whether the present differs from what was last saved (undoing back to it makes it clean again). */
export function isDirty<T>(history: History<T>): boolean {
  return history.present.revision !== history.savedRevision;
}
