import { useCallback, useEffect, useState } from 'react';

const STORAGE_KEY = 'duizhao.glossaryPanelWidth';
export const DEFAULT_GLOSSARY_WIDTH = 340;
export const MIN_GLOSSARY_WIDTH = 260;
/** What the grid keeps beside a panel the user widens: its three columns stay readable (zh, en, ru at ≈ 300 px each). */
export const MIN_GRID_WIDTH = 900;
/**
 * The least the grid may keep beside the narrowest panel (zh, en, ru at ≈ 220 px each). A 1024 px
 * window leaves 764 px, so the panel sits beside the grid there: covering the Russian column hid a
 * text the translator checks the glossary against.
 */
export const MIN_NARROW_GRID_WIDTH = 720;

/** Side by side when the window leaves the grid its narrow minimum beside the narrowest panel; else (below 980 px) an overlay. */
export function glossaryPanelMode(windowWidth: number): 'side' | 'overlay' {
  return windowWidth - MIN_GLOSSARY_WIDTH >= MIN_NARROW_GRID_WIDTH ? 'side' : 'overlay';
}

/** The widest the panel may be in this window: what leaves the grid its share (side) or the window a margin (overlay); never under the minimum. */
export function maxGlossaryWidth(windowWidth: number): number {
  const max = glossaryPanelMode(windowWidth) === 'side' ? windowWidth - MIN_GRID_WIDTH : windowWidth - 40;
  return Math.max(MIN_GLOSSARY_WIDTH, max);
}

/** The width to draw: the wanted one, kept between the minimum and maxGlossaryWidth. */
export function clampGlossaryWidth(wanted: number, windowWidth: number): number {
  return Math.round(Math.max(MIN_GLOSSARY_WIDTH, Math.min(maxGlossaryWidth(windowWidth), wanted)));
}

function readStored(): number | undefined {
  try {
    const n = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

export interface GlossaryWidth {
  /** Width to draw now (clamped to the window). */
  width: number;
  /** The widest it may be now; the minimum when the window leaves no room to widen it (1024 px beside the grid). */
  max: number;
  mode: 'side' | 'overlay';
  setWidth(px: number): void;
}

/** The glossary panel's width, remembered across sessions, and whether it sits beside the grid or over it. */
export function useGlossaryWidth(): GlossaryWidth {
  const [wanted, setWanted] = useState(() => readStored() ?? DEFAULT_GLOSSARY_WIDTH);
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = (): void => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const setWidth = useCallback((px: number) => {
    // No room to resize in this window: a drag or an arrow key must not overwrite the width
    // remembered from a wider one (it came back as the minimum).
    if (maxGlossaryWidth(window.innerWidth) <= MIN_GLOSSARY_WIDTH) return;
    const next = clampGlossaryWidth(px, window.innerWidth);
    setWanted(next);
    try {
      localStorage.setItem(STORAGE_KEY, String(next));
    } catch {
      // Storage full or off: the width still holds for this session.
    }
  }, []);
  return { width: clampGlossaryWidth(wanted, windowWidth), max: maxGlossaryWidth(windowWidth), mode: glossaryPanelMode(windowWidth), setWidth };
}
