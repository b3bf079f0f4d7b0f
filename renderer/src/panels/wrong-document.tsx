import type React from 'react';
import { Dialog } from './dialog';
import type { WrongDocumentQuestion } from '../../../core/align/evidence-share';
import type { WrongDocumentChoice } from '../workbench/use-new-project';

/**
 * New project: a draft that is probably another document (core/align/evidence-share, the same
 * judgement the CLI prints). Continue keeps it; Choose another goes back to the dialog with what
 * was entered. Esc or a click outside chooses another: nothing is replaced.
 */
export function WrongDocumentDialog({ questions, answer }: { questions: WrongDocumentQuestion[]; answer(choice: WrongDocumentChoice): void }): React.JSX.Element {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return (
    <Dialog role="alertdialog" className="save-changes" label="Wrong file?" testId="wrong-document" dismiss={() => answer('choose')}>
      <h2>Wrong file?</h2>
      {questions.map((q) => (
        <p key={q.lang}>
          <strong>{q.message}</strong>
          <br />
          Translations of a source show {pct(q.bar)} or more of its words, numbers and names in the aligned text (beyond chance).
        </p>
      ))}
      <div className="form-actions">
        <button type="button" className="tool" onClick={() => answer('continue')}>Continue</button>
        <button type="button" className="tool tool-primary" autoFocus onClick={() => answer('choose')}>Choose another</button>
      </div>
    </Dialog>
  );
}

/**
 * An opened project (saved, recent, imported TMX/XLIFF…) whose draft is probably another document:
 * the same judgement as New project's question, as a banner over the grid until dismissed.
 */
export function WrongDocumentBanner({ questions, dismiss }: { questions: WrongDocumentQuestion[]; dismiss(): void }): React.JSX.Element {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return (
    <div className="banner" role="alert" data-testid="wrong-document-banner">
      <span>
        {questions.map((q) => (
          <span key={q.lang}>
            <strong>{q.message}</strong> Translations of a source show {pct(q.bar)} or more of its words, numbers and names in the aligned text (beyond chance).{' '}
          </span>
        ))}
      </span>
      <button type="button" className="tool" onClick={dismiss}>Dismiss</button>
    </div>
  );
}
