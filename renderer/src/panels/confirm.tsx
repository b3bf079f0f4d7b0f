import type React from 'react';
import { createRoot } from 'react-dom/client';
import { Dialog } from './dialog';

export interface ConfirmQuestion {
  /** The question, short ("Re-align the document?"); also the dialog's accessible name. */
  title: string;
  /** What will happen, one paragraph per entry (what changes, what it costs, how to undo). */
  lines: readonly string[];
  /** The button that goes ahead ("Re-align", "Delete"); it says what it does, never "OK". */
  confirm: string;
  /** The safe answer (Esc, a click outside); default "Cancel". */
  cancel?: string;
  /** A destructive action (Delete): the safe answer takes focus, so Enter does not destroy. */
  destructive?: boolean;
  testId?: string;
}

function ConfirmDialog({ q, done }: { q: ConfirmQuestion; done(yes: boolean): void }): React.JSX.Element {
  return (
    <Dialog role="alertdialog" className="confirm" label={q.title} testId={q.testId ?? 'confirm'} dismiss={() => done(false)}>
      <h2>{q.title}</h2>
      {q.lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
      <div className="form-actions">
        <button type="button" className="tool" autoFocus={q.destructive === true} onClick={() => done(false)} data-testid="confirm-cancel">
          {q.cancel ?? 'Cancel'}
        </button>
        <button type="button" className={`tool ${q.destructive ? 'tool-danger' : 'tool-primary'}`} autoFocus={q.destructive !== true} onClick={() => done(true)} data-testid="confirm-yes">
          {q.confirm}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * A yes/no question in the app's one modal shell (panels/dialog.tsx) instead of window.confirm:
 * focus moves in and comes back, Tab stays inside, Esc or a click outside is the safe answer (false).
 * Callable from code outside the React tree (re-align, DeepL, the glossary panel): the dialog mounts
 * in a root of its own and is gone once answered, as askForKey does.
 */
export function askConfirm(q: ConfirmQuestion): Promise<boolean> {
  return new Promise((resolve) => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    let answered = false;
    const done = (yes: boolean): void => {
      if (answered) return;
      answered = true;
      // Unmount after the event that answered has finished inside this root.
      queueMicrotask(() => {
        root.unmount();
        host.remove();
      });
      resolve(yes);
    };
    root.render(<ConfirmDialog q={q} done={done} />);
  });
}
