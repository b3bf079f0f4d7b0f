/**
 * Every command of the workbench, once: its label, its shortcuts and (for the native menu) its
 * short menu label. The renderer's key handler, toolbar tooltips and help overlay, and the desktop
 * menu (through `MENU_LAYOUT`) all read this table, so a shortcut cannot differ between them.
 *
 * Keys are written "Ctrl+Shift+S" (Ctrl means Cmd on macOS). The first key is the one the menu
 * shows; the others work too (e.g. Ctrl+Alt+N in a browser, which keeps Ctrl+N for a new window).
 */
export const COMMANDS = {
  'file.new': { label: 'New project…', keys: ['Ctrl+N', 'Ctrl+Alt+N'], group: 'File', menu: 'New Project…' },
  'file.open': { label: 'Open project…', keys: ['Ctrl+O'], group: 'File', menu: 'Open…' },
  'file.openSample': { label: 'Open the sample project (strategic-stability statement)', keys: [], group: 'File', menu: 'Open Sample' },
  'file.openJointSample': { label: 'Open the second sample project (joint statement)', keys: [], group: 'File', menu: 'Open Sample: Joint Statement' },
  'file.import': { label: 'Import a TMX or XLIFF file as a project', keys: [], group: 'File', menu: 'Import TMX/XLIFF…' },
  'file.save': { label: 'Save', keys: ['Ctrl+S'], group: 'File', menu: 'Save' },
  'file.saveAs': { label: 'Save as…', keys: ['Ctrl+Shift+S'], group: 'File', menu: 'Save As…' },
  'file.export': { label: 'Export… (format, languages and options)', keys: ['Ctrl+E'], group: 'File', menu: 'Export…' },
  'edit.undo': { label: 'Undo', keys: ['Ctrl+Z'], group: 'Edit', menu: 'Undo' },
  // macOS writes Redo as Cmd+Shift+Z: the menu shows the second key there (see `menuKey`).
  'edit.redo': { label: 'Redo', keys: ['Ctrl+Y', 'Ctrl+Shift+Z'], group: 'Edit', menu: 'Redo' },
  'edit.find': { label: 'Search source and targets', keys: ['Ctrl+F'], group: 'Edit', menu: 'Find…' },
  'edit.gotoParagraph': { label: 'Go to paragraph', keys: ['Ctrl+G'], group: 'Edit', menu: 'Go to Paragraph…' },
  'nav.nextRow': { label: 'Next row (same column)', keys: ['Enter', 'Ctrl+ArrowDown'], group: 'Navigate' },
  'nav.prevRow': { label: 'Previous row (same column)', keys: ['Shift+Enter', 'Ctrl+ArrowUp'], group: 'Navigate' },
  'nav.nextColumn': { label: 'Next column', keys: ['Alt+ArrowRight'], group: 'Navigate' },
  'nav.prevColumn': { label: 'Previous column', keys: ['Alt+ArrowLeft'], group: 'Navigate' },
  'qa.next': { label: 'Next problem', keys: ['F8'], group: 'Quality', menu: 'Next Problem' },
  'qa.prev': { label: 'Previous problem', keys: ['Shift+F8'], group: 'Quality', menu: 'Previous Problem' },
  'qa.run': { label: 'Run all checks', keys: ['F9'], group: 'Quality', menu: 'Run Checks' },
  // Resolving a completeness finding (issue 17): act on the current problem (F8 or a click in the panel).
  'qa.splitOff': { label: 'Split the current problem’s sentence off as untranslated (then Alt+N)', keys: ['Alt+Shift+N'], group: 'Quality' },
  'qa.dismiss': { label: 'Dismiss the current problem (saved in the project)', keys: ['Alt+Shift+D'], group: 'Quality' },
  'view.problems': { label: 'Show / hide problems panel', keys: ['Ctrl+J'], group: 'Quality' },
  // Project settings, not app preferences: the switches are saved in the project file.
  'qa.settings': { label: 'Project settings: switch QA checks on / off', keys: ['Ctrl+,'], group: 'Quality', menu: 'QA Checks…' },
  'align.merge': { label: 'Merge with next bead', keys: ['Ctrl+M'], group: 'Alignment' },
  'align.split': { label: 'Split at cursor', keys: ['Ctrl+Shift+Enter'], group: 'Alignment' },
  'align.movePrev': { label: 'Move first sentence to previous bead', keys: ['Alt+ArrowUp'], group: 'Alignment' },
  'align.moveNext': { label: 'Move last sentence to next bead', keys: ['Alt+ArrowDown'], group: 'Alignment' },
  'align.insertPartner': { label: 'Insert empty partner sentence', keys: ['Alt+N'], group: 'Alignment' },
  'align.confirm': { label: 'Confirm bead and go to next', keys: ['Ctrl+Enter'], group: 'Alignment' },
  'align.realign': { label: 'Re-align whole document', keys: ['Alt+R'], group: 'Alignment', menu: 'Re-align' },
  'align.realignSelection': { label: 'Re-align selected rows', keys: ['Alt+Shift+R'], group: 'Alignment' },
  'view.toggleEn': { label: 'Show / hide English', keys: ['Alt+1'], group: 'View', menu: 'Show/Hide English' },
  'view.toggleRu': { label: 'Show / hide Russian', keys: ['Alt+2'], group: 'View', menu: 'Show/Hide Russian' },
  'view.wholeRows': { label: 'Show every row whole / cut to three lines (short windows; the row you are on is always whole)', keys: ['Alt+Z'], group: 'View', menu: 'Whole Rows' },
  'view.help': { label: 'Keyboard shortcuts', keys: ['F1'], group: 'View' },
  'glossary.toggle': { label: 'Show / hide the glossary panel', keys: ['Ctrl+Shift+G'], group: 'Glossary', menu: 'Glossary' },
  'glossary.add': { label: 'Add a term from the selection (Chinese in the source, rendering in a target)', keys: ['Ctrl+Alt+T'], group: 'Glossary', menu: 'Add Term…' },
  'app.settings': { label: 'Settings: the DeepL key and screen reader support', keys: [], group: 'File', menu: 'Settings…' },
  'draft.deepl': { label: 'Draft with DeepL', keys: [], group: 'Alignment' },
  'align.realignMt': { label: 'Re-align whole document with DeepL MT as evidence (asks before billing)', keys: [], group: 'Alignment', menu: 'Re-align with DeepL MT…' },
  'deepl.forgetKey': { label: 'Forget the DeepL key stored on this computer', keys: [], group: 'File', menu: 'Forget DeepL Key…' },
  // Sent by the desktop shell when the window closes with unsaved changes and the user chose "Save".
  'app.saveAndClose': { label: 'Save, then close the window', keys: [], group: 'File' },
  // Sent by the desktop shell when the window closes with unsaved changes: the page asks "Save changes?".
  'app.closeRequested': { label: 'Close the window (asks to save unsaved changes first)', keys: [], group: 'File' },
} as const satisfies Record<string, CommandSpec>;

/** One command: what it does (help, tooltips), its shortcuts, and its label in the native menu. */
export interface CommandSpec {
  label: string;
  keys: readonly string[];
  group: string;
  /** Label in the native menu; commands without one are not in the menu. */
  menu?: string;
}

export type CommandId = keyof typeof COMMANDS;

/** Every command id, for validating what crosses the IPC boundary. */
export const COMMAND_IDS = Object.keys(COMMANDS) as [CommandId, ...CommandId[]];

/** The spec of a command, widened (the table's literal types are only for the ids). */
export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS[id];
}
