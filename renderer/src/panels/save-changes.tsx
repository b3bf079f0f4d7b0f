import type React from 'react';
import { Dialog } from './dialog';
import type { SaveChoice } from '../workbench/use-replace-guard';

/**
 * "Save changes?" before a project with unsaved edits is replaced. Save is the default (Enter),
 * Esc or a click outside cancels: the one answer that can never lose work.
 */
export function SaveChangesDialog({ name, what, answer }: { name: string; what: string; answer(choice: SaveChoice): void }): React.JSX.Element {
  return (
    <Dialog role="alertdialog" className="save-changes" label="Save changes?" testId="save-changes" dismiss={() => answer('cancel')}>
      <h2>Save changes to “{name}”?</h2>
      <p>You are about to {what}. Your unsaved edits to this project are lost if you do not save them.</p>
      <div className="form-actions">
        <button type="button" className="tool" onClick={() => answer('cancel')}>Cancel</button>
        <button type="button" className="tool" onClick={() => answer('discard')}>Discard</button>
        <button type="button" className="tool tool-primary" autoFocus onClick={() => answer('save')}>Save</button>
      </div>
    </Dialog>
  );
}
