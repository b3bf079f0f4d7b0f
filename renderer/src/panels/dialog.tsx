import { useEffect, useRef, useState } from 'react';
import type React from 'react';

export interface DialogProps {
  /** The accessible name, unless `labelledBy` names the heading that gives it. */
  label?: string;
  labelledBy?: string;
  /** 'alertdialog' for a question that must be answered before anything else (Save changes?). */
  role?: 'dialog' | 'alertdialog';
  /** Classes beside `modal` (the key handler treats any `.modal` on the page as an open dialog). */
  className: string;
  testId?: string;
  /** Esc or a click outside: the answer that loses nothing (close, cancel, choose another). */
  dismiss(): void;
  /** Given: the frame is a <form> and this runs on submit (Enter in a field). */
  onSubmit?(e: React.FormEvent<HTMLFormElement>): void;
  /** Keys the dialog handles itself; Esc and Tab are the shell's. */
  onKeyDown?(e: React.KeyboardEvent): void;
  /** The frame element, for a dialog that looks inside itself (Export focuses its checked format). */
  frameRef?: React.RefObject<HTMLElement | null>;
  children: React.ReactNode;
}

/** What Tab stops at; a radio group is one stop, its checked button. */
const FOCUSABLE = 'input:not(:disabled), button:not(:disabled), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

function tabStops(frame: HTMLElement): HTMLElement[] {
  return [...frame.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
}

/** Tab / Shift+Tab from the active element, wrapping at either end, so focus stays in `frame`. */
function trapTab(e: React.KeyboardEvent, frame: HTMLElement): void {
  const stops = tabStops(frame);
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : at === stops.length - 1 ? 0 : at + 1;
  const target = stops[next];
  if (target) {
    e.preventDefault();
    target.focus();
  }
}

/**
 * The one frame of every modal: a backdrop that dismisses on a click outside, a focus trap (focus
 * moves in when the dialog opens unless a field took it with autoFocus, Tab wraps inside, focus goes
 * back where it was on close), and Esc that dismisses. The dialog gives only its content.
 */
export function Dialog({ label, labelledBy, role = 'dialog', className, testId, dismiss, onSubmit, onKeyDown, frameRef, children }: DialogProps): React.JSX.Element {
  const own = useRef<HTMLElement | null>(null);
  // Read while rendering, before a field's autoFocus moves focus in.
  const [before] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const setFrame = (el: HTMLElement | null) => {
    own.current = el;
    if (frameRef) frameRef.current = el;
  };

  useEffect(() => {
    const frame = own.current;
    if (frame && !frame.contains(document.activeElement)) frame.focus();
    return () => {
      // Back to where the user was (the editor, a button), unless something else took focus meanwhile.
      const now = document.activeElement;
      if (before?.isConnected && (now === null || now === document.body || frame?.contains(now))) before.focus();
    };
  }, [before]);

  const keyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      dismiss();
      return;
    }
    if (e.key === 'Tab' && own.current) {
      trapTab(e, own.current);
      return;
    }
    onKeyDown?.(e);
  };

  const frame = {
    className: `modal ${className}`,
    role,
    'aria-modal': true,
    'aria-label': label,
    'aria-labelledby': labelledBy,
    'data-testid': testId,
    tabIndex: -1,
    onMouseDown: (e: React.MouseEvent) => e.stopPropagation(),
    onKeyDown: keyDown,
  };
  return (
    <div className="modal-backdrop" onMouseDown={dismiss}>
      {onSubmit ? (
        <form ref={setFrame} {...frame} onSubmit={onSubmit}>
          {children}
        </form>
      ) : (
        <div ref={setFrame} {...frame}>
          {children}
        </div>
      )}
    </div>
  );
}
