import { useCallback, useEffect, useRef, useState } from 'react';
import type { Project } from '../../../core/model';
import { createHistory, isDirty, markSaved, record, redo, redoLabel, rederive, undo, undoLabel } from '../../../core/project/history';
import type { History } from '../../../core/project/history';
import { packHistory, unpackHistory } from '../../../core/project/history-pack';
import type { PackedHistory } from '../../../core/project/history-pack';
import { api } from '../api';
import { recoveryOwner } from './window-owner';
import { formatTime } from '../util/clock';

/** How often unsaved work is copied to the crash-recovery file. */
export const AUTOSAVE_MS = 4000;
/** An unchanged dirty project's copy is rewritten this often (well under LIVE_RECOVERY_MS in services). */
export const RECOVERY_HEARTBEAT_MS = 12_000;

export interface OpenOptions {
  /** Unsaved work (a recovered copy): counts as dirty. */
  dirty?: boolean;
  /** The undo history that came with a recovered copy (packed against `project`). */
  history?: PackedHistory;
}

export interface Session {
  project: Project | null;
  path: string | null;
  dirty: boolean;
  revision: number;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  lastSaved: string | null;
  lastAutosave: string | null;
  /** Start editing a project (opened, new, sample or recovered). */
  open(project: Project, path: string | null, options?: OpenOptions): void;
  /**
   * Apply an edit. Returns the new project (the same object when nothing changed). Errors from the
   * edit propagate: the history is untouched. Edits with the same `coalesceKey` in a row become one
   * undo step (within the history's window, or `coalesceMs`).
   */
  apply(label: string, change: (project: Project) => Project, coalesceKey?: string, coalesceMs?: number): Project;
  /**
   * Change the project without an undo step or a dirty flag: for what the app recomputes itself
   * (confidence scores of an unchanged alignment), never for the translator's work. `change` is
   * applied to every project the undo history holds too, so undo and redo never bring back what
   * it replaced; it returns its argument for a project it leaves as it is.
   */
  refresh(change: (project: Project) => Project): Project;
  undo(): boolean;
  redo(): boolean;
  save(saveAs?: boolean): Promise<boolean>;
  /** The present project, current even between renders (for key handlers). */
  current(): Project | null;
  /** Counts the projects opened: a long job checks it did not change before writing into the project. */
  generation(): number;
  /** Whether there are unsaved edits now, current even between renders (for "Save changes?"). */
  dirtyNow(): boolean;
}

/** The open project, its undo history, dirty flag, save and autosave. */
export function useSession(onError: (message: string) => void): Session {
  const [history, setHistory] = useState<History<Project> | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const [lastAutosave, setLastAutosave] = useState<string | null>(null);
  const ref = useRef<{ history: History<Project> | null; path: string | null; generation: number }>({ history: null, path: null, generation: 0 });

  const commit = useCallback((next: History<Project>) => {
    ref.current.history = next;
    setHistory(next);
  }, []);

  const open = useCallback(
    (project: Project, newPath: string | null, options: OpenOptions = {}) => {
      let h = createHistory(project);
      // A recovered project is unsaved work: count it as dirty.
      if (options.dirty) h = { ...h, savedRevision: -1 };
      if (options.history) {
        try {
          h = unpackHistory(options.history, project);
        } catch (err) {
          // The work itself is recovered; only the steps to undo are lost, and the translator is told.
          onError(`The project was recovered without its undo history: ${(err as Error).message}`);
        }
      }
      ref.current.generation++;
      ref.current.path = newPath;
      setPath(newPath);
      // The times in the status bar were the previous project's.
      setLastSaved(null);
      setLastAutosave(null);
      commit(h);
    },
    [commit, onError],
  );

  const apply = useCallback(
    (label: string, change: (project: Project) => Project, coalesceKey?: string, coalesceMs?: number) => {
      const h = ref.current.history;
      if (!h) throw new Error('no project is open');
      const next = change(h.present.state);
      const step = coalesceKey === undefined ? { label } : coalesceMs === undefined ? { label, coalesceKey } : { label, coalesceKey, coalesceMs };
      if (next !== h.present.state) commit(record(h, next, step));
      return next;
    },
    [commit],
  );

  const refresh = useCallback(
    (change: (project: Project) => Project) => {
      const h = ref.current.history;
      if (!h) throw new Error('no project is open');
      const next = rederive(h, change);
      if (next !== h) commit(next);
      return next.present.state;
    },
    [commit],
  );

  const step = useCallback(
    (move: typeof undo) => {
      const h = ref.current.history;
      if (!h) return false;
      const next = move(h);
      if (next === h) return false;
      commit(next);
      return true;
    },
    [commit],
  );

  const save = useCallback(
    async (saveAs = false) => {
      const h = ref.current.history;
      if (!h) return false;
      const revision = h.present.revision;
      try {
        const result = await api()['project:save']({ project: h.present.state, path: ref.current.path, saveAs });
        if (!result) return false;
        ref.current.path = result.path;
        setPath(result.path);
        setLastSaved(formatTime(new Date()));
        // Saved: this window's recovery copy is no longer unsaved work, and is gone from the status bar.
        void api()['project:discardRecovery']({ owner: recoveryOwner() }).catch(() => {});
        setLastAutosave(null);
        const latest = ref.current.history;
        if (latest) commit(markSaved(latest, revision));
        return true;
      } catch (err) {
        onError(`Save failed: ${(err as Error).message}`);
        return false;
      }
    },
    [commit, onError],
  );

  const undoStep = useCallback(() => step(undo), [step]);
  const redoStep = useCallback(() => step(redo), [step]);
  const current = useCallback(() => ref.current.history?.present.state ?? null, []);
  const generation = useCallback(() => ref.current.generation, []);
  const dirtyNow = useCallback(() => (ref.current.history ? isDirty(ref.current.history) : false), []);

  const dirty = history ? isDirty(history) : false;
  const revision = history?.present.revision ?? 0;

  useEffect(() => {
    void api()['app:setDirty']({ dirty }).catch(() => {});
  }, [dirty]);

  // Crash recovery: copy unsaved work every few seconds (not the user's file: that is Save).
  // The copy is this window's (recoveryOwner) and rewritten at least every RECOVERY_HEARTBEAT_MS
  // while there is unsaved work: a fresh copy tells other tabs that its window is still open.
  const autosaved = useRef({ revision: 0, at: 0 });
  useEffect(() => {
    const timer = window.setInterval(() => {
      const h = ref.current.history;
      if (!h || !isDirty(h)) return;
      if (autosaved.current.revision === h.present.revision && Date.now() - autosaved.current.at < RECOVERY_HEARTBEAT_MS) return;
      const at = h.present.revision;
      const autosave = api()['project:autosave'];
      const history = packHistory(h);
      autosave({ project: h.present.state, path: ref.current.path, owner: recoveryOwner(), ...(history ? { history } : {}) })
        .then(() => {
          autosaved.current = { revision: at, at: Date.now() };
          setLastAutosave(formatTime(new Date()));
        })
        .catch((err: Error) => onError(`Autosave failed: ${err.message}`));
    }, AUTOSAVE_MS);
    return () => window.clearInterval(timer);
  }, [onError]);

  return {
    project: history?.present.state ?? null,
    path,
    dirty,
    revision,
    undoLabel: history ? undoLabel(history) : undefined,
    redoLabel: history ? redoLabel(history) : undefined,
    lastSaved,
    lastAutosave,
    open,
    apply,
    refresh,
    undo: undoStep,
    redo: redoStep,
    save,
    current,
    generation,
    dirtyNow,
  };
}
