import type { CommandId } from './registry';

/**
 * A slot of the native menu: a command (label and shortcut from the registry), a separator, a
 * native role (clipboard, zoom, window), or a slot the desktop shell fills at run time.
 */
export type MenuSlot =
  | CommandId
  | '-'
  | { role: 'cut' | 'copy' | 'paste' | 'selectAll' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'quitOrClose' }
  | { slot: 'recent' | 'exportFormats' };

/** One top-level menu: its label (with the Alt mnemonic) and its slots in order. */
export interface MenuSection {
  label: string;
  items: readonly MenuSlot[];
}

/**
 * The desktop menu bar as data: which commands sit in which menu, in what order. main/menu.ts turns
 * it into Electron's template; the renderer never needs it (web mode has no native menu).
 */
export const MENU_LAYOUT: readonly MenuSection[] = [
  {
    label: '&File',
    items: ['file.new', 'file.open', { slot: 'recent' }, 'file.openSample', 'file.openJointSample', 'file.import', '-', 'file.save', 'file.saveAs', { slot: 'exportFormats' }, '-', { role: 'quitOrClose' }],
  },
  {
    label: '&Edit',
    items: ['edit.undo', 'edit.redo', '-', { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, '-', 'edit.find'],
  },
  {
    label: '&View',
    items: ['edit.gotoParagraph', 'qa.next', 'qa.prev', '-', 'view.toggleEn', 'view.toggleRu', 'view.wholeRows', '-', { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { role: 'togglefullscreen' }],
  },
  {
    label: '&Tools',
    items: ['align.realign', 'align.realignMt', 'qa.run', '-', 'qa.settings', '-', 'glossary.toggle', 'glossary.add', '-', 'app.settings', 'deepl.forgetKey'],
  },
];
