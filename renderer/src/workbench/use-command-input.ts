import { useEffect, useRef } from 'react';
import type { CommandId } from '../../../core/commands';
import type { MenuCommand } from '../../../core/contract/events';
import { EXPORT_FORMATS } from '../../../core/contract/export';
import type { ExportFormatName } from '../../../core/contract/export-types';
import { api } from '../api';
import { commandForKey } from '../commands';

/**
 * While a dialog is open it owns the keyboard: grid commands (merge, confirm, split…) must not act
 * on rows hidden behind it. Save always works; undo/redo stay live in the QA checks dialog, where
 * Ctrl+Z undoes a switch.
 */
function blockedByDialog(id: CommandId): boolean {
  const dialog = document.querySelector('.modal');
  if (!dialog) return false;
  if (id === 'file.save') return false;
  return !(dialog.classList.contains('qa-settings') && (id === 'edit.undo' || id === 'edit.redo'));
}

export interface CommandInput {
  /** This render's command runner. */
  run(id: CommandId): void;
  /** Escape: close overlays and the search bar. */
  escape(): void;
  /** File › Export › a format (desktop menu): the Export dialog on that format. */
  exportWith(format: ExportFormatName): void;
  /** File › Open Recent (desktop menu). */
  openPath(path: string): void;
}

/**
 * Where commands come from besides buttons: one key handler for the whole page (capture phase, so
 * it also sees keys typed in Monaco) and the desktop's native menu. Both act with the latest
 * render's state through a ref, subscribing once.
 */
export function useCommandInput(input: CommandInput): void {
  const ref = useRef(input);
  ref.current = input;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        ref.current.escape();
        return;
      }
      // Plain Enter belongs to Monaco (suggestions, next row) and to form fields. On the grid itself
      // (reached with Tab, no sentence open) it is the documented "next row": it opens a sentence.
      if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        if (e.target instanceof HTMLElement && e.target.classList.contains('grid-scroller') && !blockedByDialog('nav.nextRow')) {
          e.preventDefault();
          ref.current.run(e.shiftKey ? 'nav.prevRow' : 'nav.nextRow');
        }
        return;
      }
      const id = commandForKey(e);
      if (!id || blockedByDialog(id)) return;
      // Checkboxes (QA settings) are not fields: Ctrl+Z there undoes the switch.
      const inField = (e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') || (e.target instanceof HTMLTextAreaElement && !(e.target as HTMLElement).closest('.monaco-editor'));
      if (inField && !id.startsWith('file.') && id !== 'edit.find') return;
      e.preventDefault();
      e.stopPropagation();
      ref.current.run(id);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  useEffect(
    () =>
      api().onMenuCommand((command: MenuCommand, arg?: string) => {
        const format = EXPORT_FORMATS.find((f) => f === arg);
        if (command === 'file.export' && format) ref.current.exportWith(format);
        else if (command === 'file.open' && arg) ref.current.openPath(arg);
        else if (!blockedByDialog(command)) ref.current.run(command);
      }),
    [],
  );
}
