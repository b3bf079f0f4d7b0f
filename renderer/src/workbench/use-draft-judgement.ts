import { useCallback, useEffect, useRef, useState } from 'react';
import type { Project } from '../../../core/model';
import type { WrongDocumentQuestion } from '../../../core/align/evidence-share';
import { api } from '../api';

export interface DraftJudgement {
  /** "The English draft matches only 12 % of the source — wrong file?" for the open project, or null. */
  warning: WrongDocumentQuestion[] | null;
  dismiss(): void;
  /** New project already asked about this project's drafts: opening it asks nothing more. */
  alreadyJudged(project: Project): void;
}

/**
 * Every opened project (saved file, recent, Open file…, imported TMX/XLIFF, recovered copy) is
 * judged in main as New project judges its drafts: a draft that is another document is named in
 * a banner over the grid, with the share of the source found in it (issue 10). `sessionId` changes
 * on every open; the judgement is dropped if another project was opened meanwhile.
 */
export function useDraftJudgement(sessionId: number, current: () => Project | null): DraftJudgement {
  const [warning, setWarning] = useState<{ project: Project; questions: WrongDocumentQuestion[] } | null>(null);
  const skip = useRef<Project | null>(null);

  useEffect(() => {
    setWarning(null);
    const opened = current();
    if (!opened || opened === skip.current) return;
    let live = true;
    api()['align:judge']({ project: opened }).then(({ questions }) => {
      if (live && questions.length > 0) setWarning({ project: opened, questions });
    }, (err: unknown) => console.error('could not judge the drafts', err));
    return () => {
      live = false;
    };
    // Only an open (a new session) is judged, not each edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId]);

  const dismiss = useCallback(() => setWarning(null), []);
  const alreadyJudged = useCallback((project: Project) => {
    skip.current = project;
  }, []);
  return { warning: warning?.questions ?? null, dismiss, alreadyJudged };
}
