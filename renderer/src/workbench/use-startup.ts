import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../../core/model';
import type { PackedHistory } from '../../../core/project/history-pack';
import { api } from '../api';
import { recoveryOwner } from '../state/window-owner';
import { whenIdle } from '../util/idle';
import { setSystemScreenReader } from '../editor/screen-reader';
import type { ProjectFiles } from './use-project-files';

export interface Recovery {
  project: Project;
  path: string | null;
  savedAt: string;
  /** The window or tab that wrote it (this one's after a reload, else a closed one's). */
  owner?: string;
  /** Its undo history, when it had steps to undo. */
  history?: PackedHistory;
}

/**
 * Once the first project is on screen and the page is idle, main warms its alignment workers up
 * for a New project (issue 13: the first one of a session was the slowest). Not before: on two
 * cores that work would slow the first paint.
 */
function warmUpWhenIdle(): void {
  whenIdle(() => void api()['align:warmUp']({}).catch(() => {}), 3000, 1000);
}

/**
 * First start: a crash-recovery copy wins (offered in a banner), then the most recent project,
 * then the sample. Runs once.
 */
export function useStartup(files: ProjectFiles, toastError: (m: string) => void): { recovery: Recovery | null; setRecovery(r: Recovery | null): void } {
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const { openPath, openSample, setRecent } = files;
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    performance.mark('duizhao:app-started');
    void (async () => {
      try {
        const [info, recovered, recentList] = await Promise.all([api()['app:info']({}), api()['project:recover']({ owner: recoveryOwner() }), api()['project:recent']({})]);
        setRecent(recentList.items);
        setSystemScreenReader(info.screenReader);
        if (recovered) {
          setRecovery(recovered);
          return;
        }
        const last = recentList.items[0];
        if (!info.firstStart && last && (await openPath(last.path))) return;
        await openSample();
      } catch (err) {
        toastError(`Could not start: ${(err as Error).message}`);
      } finally {
        warmUpWhenIdle();
      }
    })();
  }, [openPath, openSample, setRecent, toastError]);
  return { recovery, setRecovery };
}
