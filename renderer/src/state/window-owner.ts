import { api } from '../api';

const KEY = 'duizhao.windowId';
let cached: string | null = null;

/**
 * This window's (browser tab's) id for its crash-recovery copy. Kept in sessionStorage, so a
 * reload of the tab finds its own copy again, while another tab has another id and is never
 * offered this one's live work.
 */
export function recoveryOwner(): string {
  if (cached) return cached;
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(KEY);
  } catch {
    // storage off: one id for this page's life
  }
  if (!id || !/^[A-Za-z0-9-]{1,64}$/.test(id)) {
    id = crypto.randomUUID();
    try {
      sessionStorage.setItem(KEY, id);
    } catch {
      // as above
    }
  }
  cached = id;
  return id;
}

/**
 * Restoring the copy of a window that was closed makes it this window's work: the old copy goes
 * (this window's autosave writes its own from now on), so no other tab offers it again.
 */
export function takeOverRecovery(owner: string | undefined): void {
  if (!owner || owner === recoveryOwner()) return;
  void api()['project:discardRecovery']({ owner }).catch(() => {});
}
