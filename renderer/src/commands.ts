/**
 * Every action of the workbench with its shortcut: one table drives the key handler, the toolbar
 * tooltips and the help overlay, so they cannot disagree.
 */
export const COMMANDS = {
  'file.new': { label: 'New project…', keys: ['Ctrl+Alt+N'], group: 'File' },
  'file.open': { label: 'Open project…', keys: ['Ctrl+O'], group: 'File' },
  'file.save': { label: 'Save', keys: ['Ctrl+S'], group: 'File' },
  'file.saveAs': { label: 'Save as…', keys: ['Ctrl+Shift+S'], group: 'File' },
  'file.export': { label: 'Export… (format, languages and options)', keys: ['Ctrl+E'], group: 'File' },
  'edit.undo': { label: 'Undo', keys: ['Ctrl+Z'], group: 'Edit' },
  'edit.redo': { label: 'Redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], group: 'Edit' },
  'edit.find': { label: 'Search source and targets', keys: ['Ctrl+F'], group: 'Edit' },
  'edit.gotoParagraph': { label: 'Go to paragraph', keys: ['Ctrl+G'], group: 'Edit' },
  'nav.nextRow': { label: 'Next row (same column)', keys: ['Enter', 'Ctrl+ArrowDown'], group: 'Navigate' },
  'nav.prevRow': { label: 'Previous row (same column)', keys: ['Shift+Enter', 'Ctrl+ArrowUp'], group: 'Navigate' },
  'nav.nextColumn': { label: 'Next column', keys: ['Alt+ArrowRight'], group: 'Navigate' },
  'nav.prevColumn': { label: 'Previous column', keys: ['Alt+ArrowLeft'], group: 'Navigate' },
  'qa.next': { label: 'Next problem', keys: ['F8'], group: 'Quality' },
  'qa.prev': { label: 'Previous problem', keys: ['Shift+F8'], group: 'Quality' },
  'qa.run': { label: 'Run all checks', keys: ['F9'], group: 'Quality' },
  'view.problems': { label: 'Show / hide problems panel', keys: ['Ctrl+J'], group: 'Quality' },
  'qa.settings': { label: 'Project settings: switch QA checks on / off', keys: ['Ctrl+,'], group: 'Quality' },
  'align.merge': { label: 'Merge with next bead', keys: ['Ctrl+M'], group: 'Alignment' },
  'align.split': { label: 'Split at cursor', keys: ['Ctrl+Shift+Enter'], group: 'Alignment' },
  'align.movePrev': { label: 'Move first sentence to previous bead', keys: ['Alt+ArrowUp'], group: 'Alignment' },
  'align.moveNext': { label: 'Move last sentence to next bead', keys: ['Alt+ArrowDown'], group: 'Alignment' },
  'align.insertPartner': { label: 'Insert empty partner sentence', keys: ['Alt+N'], group: 'Alignment' },
  'align.confirm': { label: 'Confirm bead and go to next', keys: ['Ctrl+Enter'], group: 'Alignment' },
  'align.realign': { label: 'Re-align whole document', keys: ['Alt+R'], group: 'Alignment' },
  'align.realignSelection': { label: 'Re-align selected rows', keys: ['Alt+Shift+R'], group: 'Alignment' },
  'view.toggleEn': { label: 'Show / hide English', keys: ['Alt+1'], group: 'View' },
  'view.toggleRu': { label: 'Show / hide Russian', keys: ['Alt+2'], group: 'View' },
  'view.help': { label: 'Keyboard shortcuts', keys: ['F1'], group: 'View' },
  'draft.deepl': { label: 'Draft with DeepL', keys: [], group: 'Alignment' },
  'align.realignMt': { label: 'Re-align whole document with DeepL MT as evidence (asks before billing)', keys: [], group: 'Alignment' },
  'deepl.forgetKey': { label: 'Forget the DeepL key stored on this computer', keys: [], group: 'File' },
} as const satisfies Record<string, { label: string; keys: readonly string[]; group: string }>;

export type CommandId = keyof typeof COMMANDS;

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** "Ctrl+Shift+Enter" as the user's platform writes it. */
export function displayKeys(keys: string): string {
  return isMac ? keys.replace('Ctrl+', '⌘').replace('Alt+', '⌥').replace('Shift+', '⇧') : keys;
}

/** Tooltip text: label and first shortcut. */
export function tooltip(id: CommandId): string {
  const c = COMMANDS[id];
  return c.keys[0] ? `${c.label} (${displayKeys(c.keys[0])})` : c.label;
}

/** Does a keyboard event match "Ctrl+Shift+Enter"-style keys? Letters and digits by physical key. */
function matches(e: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.pop()!;
  const ctrl = parts.includes('Ctrl');
  if (ctrl !== (isMac ? e.metaKey : e.ctrlKey)) return false;
  if (parts.includes('Shift') !== e.shiftKey || parts.includes('Alt') !== e.altKey) return false;
  if (/^[A-Z]$/.test(key)) return e.code === `Key${key}`;
  if (/^[0-9]$/.test(key)) return e.code === `Digit${key}`;
  return e.key === key;
}

/** The command a key press means, if any. */
export function commandForKey(e: KeyboardEvent): CommandId | undefined {
  for (const [id, c] of Object.entries(COMMANDS)) {
    if (c.keys.some((k) => matches(e, k))) return id as CommandId;
  }
  return undefined;
}
