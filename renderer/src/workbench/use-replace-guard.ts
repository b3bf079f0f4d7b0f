import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import type { Session } from '../state/session';

export type SaveChoice = 'save' | 'discard' | 'cancel';

export interface ReplaceGuard {
  /** The question on screen: what is about to replace the project ("open the sample"), or null. */
  pending: string | null;
  /**
   * Resolves true when the open project may be replaced: nothing unsaved, or the translator saved
   * or discarded it; false when they cancelled (or the save failed). Asked only with unsaved edits.
   */
  confirmReplace(what: string): Promise<boolean>;
  answer(choice: SaveChoice): void;
}

/**
 * "Save changes?" (Save / Discard / Cancel) before anything replaces a project with unsaved edits:
 * New, Open, Open recent, Import, the sample. Callers load the new project first and ask just
 * before swapping it in, so cancelling a file dialog or a failed import never costs the old work.
 */
export function useReplaceGuard(session: Session): ReplaceGuard {
  const [pending, setPending] = useState<string | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const { dirtyNow, save } = session;

  const confirmReplace = useCallback(
    (what: string) => {
      if (!dirtyNow()) return Promise.resolve(true);
      // A second question while one is open (a double click) cancels the first.
      resolver.current?.(false);
      setPending(what);
      return new Promise<boolean>((resolve) => {
        resolver.current = resolve;
      });
    },
    [dirtyNow],
  );

  const answer = useCallback(
    (choice: SaveChoice) => {
      const resolve = resolver.current;
      resolver.current = null;
      setPending(null);
      if (!resolve) return;
      if (choice === 'cancel') return resolve(false);
      if (choice === 'discard') {
        // The discarded work must not come back as a "recovered" copy at the next start.
        void api()['project:discardRecovery']({}).catch(() => {});
        return resolve(true);
      }
      void save().then(resolve, () => resolve(false));
    },
    [save],
  );

  return { pending, confirmReplace, answer };
}

/**
 * Web mode: closing or reloading the tab with unsaved edits asks the browser's "Leave site?".
 * Not in Electron, where main asks on window close (a beforeunload veto would block that close).
 */
export function useUnsavedUnloadGuard(webMode: boolean, dirty: boolean): void {
  useEffect(() => {
    if (!webMode || !dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Chromium needs returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [webMode, dirty]);
}
