import { useCallback, useState } from 'react';

const STORAGE_KEY = 'duizhao.problemsPanel';
export const MIN_PROBLEMS_HEIGHT = 60;

export interface ProblemsLayout {
  /** Height in px when expanded. */
  height: number;
  collapsed: boolean;
  setHeight(px: number): void;
  toggleCollapsed(): void;
}

/** A fifth of the window, between 90 and 190 px: at 700 px tall the grid keeps most of the height. */
export function defaultProblemsHeight(windowHeight: number): number {
  return Math.round(Math.min(190, Math.max(90, windowHeight * 0.2)));
}

/** The largest height that still leaves the grid half the window. */
export function maxProblemsHeight(windowHeight: number): number {
  return Math.max(MIN_PROBLEMS_HEIGHT, Math.round(windowHeight * 0.6));
}

function read(): { height?: number; collapsed?: boolean } {
  try {
    const raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (!raw || typeof raw !== 'object') return {};
    const { height, collapsed } = raw as Record<string, unknown>;
    return { ...(typeof height === 'number' && Number.isFinite(height) ? { height } : {}), ...(typeof collapsed === 'boolean' ? { collapsed } : {}) };
  } catch {
    return {};
  }
}

/** The Problems panel's height and collapsed state, remembered across sessions (localStorage). */
export function useProblemsLayout(): ProblemsLayout {
  const [state, setState] = useState(() => {
    const stored = read();
    return { height: stored.height ?? defaultProblemsHeight(window.innerHeight), collapsed: stored.collapsed ?? false };
  });
  const update = useCallback((change: (s: { height: number; collapsed: boolean }) => { height: number; collapsed: boolean }) => {
    setState((s) => {
      const next = change(s);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or off: the layout still works for this session.
      }
      return next;
    });
  }, []);
  const setHeight = useCallback(
    (px: number) => update((s) => ({ ...s, height: Math.round(Math.min(maxProblemsHeight(window.innerHeight), Math.max(MIN_PROBLEMS_HEIGHT, px))) })),
    [update],
  );
  const toggleCollapsed = useCallback(() => update((s) => ({ ...s, collapsed: !s.collapsed })), [update]);
  return { ...state, setHeight, toggleCollapsed };
}
