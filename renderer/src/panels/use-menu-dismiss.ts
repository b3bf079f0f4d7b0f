import { useEffect, useRef } from 'react';

/**
 * A drop-down menu closes on Esc and on a click (or touch) anywhere outside its anchor, as every
 * desktop menu does. Returns the ref to put on the element holding the button and the menu.
 */
export function useMenuDismiss<T extends HTMLElement>(open: boolean, close: () => void): React.RefObject<T | null> {
  const anchor = useRef<T | null>(null);
  const closeRef = useRef(close);
  closeRef.current = close;
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (anchor.current && !anchor.current.contains(e.target as Node)) closeRef.current();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // The menu takes this Esc: nothing else (search bar, dialogs) closes with it.
      e.stopPropagation();
      closeRef.current();
    };
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [open]);
  return anchor;
}
