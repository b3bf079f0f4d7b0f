import type { WindowState } from '../services/settings';

/** Where a first window opens: large enough for three columns of text. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximized: false };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A remembered window state, kept only if its title bar is still on one of the current displays
 * (a monitor may have been unplugged since): otherwise the size is kept and the OS places it.
 */
export function restorableWindowState(saved: WindowState | undefined, displays: Rect[]): WindowState {
  if (!saved) return DEFAULT_WINDOW_STATE;
  if (saved.x === undefined || saved.y === undefined) return saved;
  const { x, y } = saved;
  const visible = displays.some((d) => x + 40 >= d.x && x + 40 < d.x + d.width && y + 10 >= d.y && y + 10 < d.y + d.height);
  return visible ? saved : { width: saved.width, height: saved.height, maximized: saved.maximized };
}
