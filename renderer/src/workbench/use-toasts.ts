import { useCallback, useState } from 'react';

export type ToastKind = 'info' | 'warning' | 'error';
export interface ToastItem {
  id: number;
  text: string;
  kind: ToastKind;
}

/** Short messages at the bottom of the window: at most four, each gone after a while. */
export function useToasts(): { toasts: ToastItem[]; toast(text: string, kind?: ToastKind): void; toastError(text: string): void } {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const toast = useCallback((text: string, kind: ToastKind = 'info') => {
    const id = Date.now() + Math.random();
    setToasts((t) => [...t.slice(-3), { id, text, kind }]);
    // Warnings and errors stay long enough to be read (a warning may list several glossary terms).
    window.setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), kind === 'info' ? 4000 : kind === 'warning' ? 12000 : 8000);
  }, []);
  const toastError = useCallback((m: string) => toast(m, 'error'), [toast]);
  return { toasts, toast, toastError };
}
