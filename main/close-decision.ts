/**
 * What the desktop window does when the user closes it (issue 10). Electron-free, so it is tested
 * without Electron: main asks the renderer, which shows the same "Save changes?" as every other
 * place a project is replaced (Save / Discard / Cancel in the page, not main's native box). The
 * native box is the fallback only when the page cannot answer (not loaded, crashed).
 */
export type CloseDecision =
  /** Nothing unsaved, or the renderer already saved or discarded: close and drop the recovery copies. */
  | 'close'
  /** Keep the window; send `app.closeRequested` to the renderer, which asks and then calls `app:closeWindow`. */
  | 'ask-renderer'
  /** Keep the window; ask with the native box (the page cannot). */
  | 'ask-native';

export interface CloseState {
  /** The renderer reported unsaved changes (`app:setDirty`). */
  dirty: boolean;
  /** The renderer asked to close (`app:closeWindow`) after its own question. */
  confirmed: boolean;
  /** The page is loaded and responsive enough to ask. */
  rendererCanAsk: boolean;
}

export function decideClose(state: CloseState): CloseDecision {
  if (!state.dirty || state.confirmed) return 'close';
  return state.rendererCanAsk ? 'ask-renderer' : 'ask-native';
}
