import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_FORMATS } from '../core/contract';
import type { MenuCommand } from '../core/contract';

const EXPORT_LABELS: Record<(typeof EXPORT_FORMATS)[number], string> = {
  tmx: 'TMX (bilingual)…',
  tmx3: 'TMX (trilingual zh/en/ru)…',
  xliff: 'XLIFF 2.1…',
  xliff12: 'XLIFF 1.2…',
  docx: 'Word table (DOCX)…',
  csv: 'CSV…',
  tsv: 'TSV…',
  html: 'HTML side by side…',
};

export interface MenuContext {
  isMac: boolean;
  /** Recent projects for File › Open Recent. */
  recent: Array<{ path: string; name: string }>;
  send(command: MenuCommand): void;
  openRecent(path: string): void;
}

/**
 * The native menu as data (testable without Electron). Editing actions are sent to the renderer,
 * which owns the undo history and the problem list; only clipboard and window roles stay native.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(command),
  });
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      cmd('New Project…', 'project:new', 'CmdOrCtrl+N'),
      cmd('Open…', 'project:open', 'CmdOrCtrl+O'),
      {
        label: 'Open Recent',
        enabled: ctx.recent.length > 0,
        submenu: ctx.recent.map((r) => ({ label: `${r.name} — ${r.path}`, click: () => ctx.openRecent(r.path) })),
      },
      cmd('Open Sample', 'project:openSample'),
      cmd('Import TMX/XLIFF…', 'project:import'),
      { type: 'separator' },
      cmd('Save', 'project:save', 'CmdOrCtrl+S'),
      cmd('Save As…', 'project:saveAs', 'CmdOrCtrl+Shift+S'),
      { label: 'Export', submenu: EXPORT_FORMATS.map((f) => cmd(EXPORT_LABELS[f], `export:${f}`)) },
      { type: 'separator' },
      ctx.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      cmd('Undo', 'edit:undo', 'CmdOrCtrl+Z'),
      cmd('Redo', 'edit:redo', ctx.isMac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      cmd('Find…', 'edit:find', 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      cmd('Go to Paragraph…', 'view:gotoParagraph', 'CmdOrCtrl+G'),
      cmd('Next Problem', 'view:nextProblem', 'F8'),
      cmd('Previous Problem', 'view:previousProblem', 'Shift+F8'),
      { type: 'separator' },
      cmd('Show/Hide English', 'view:toggleEnglish', 'CmdOrCtrl+Alt+1'),
      cmd('Show/Hide Russian', 'view:toggleRussian', 'CmdOrCtrl+Alt+2'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'togglefullscreen' },
    ],
  };
  const tools: MenuItemConstructorOptions = {
    label: '&Tools',
    submenu: [
      cmd('Re-align', 'align:run', 'CmdOrCtrl+Shift+A'),
      cmd('Re-align with DeepL MT…', 'align:runWithMt'),
      cmd('Run Checks', 'qa:run', 'CmdOrCtrl+Shift+C'),
      { type: 'separator' },
      // Project settings, not app preferences: the switches are saved in the project file.
      cmd('QA Checks…', 'qa:settings', 'CmdOrCtrl+,'),
      { type: 'separator' },
      cmd('Forget DeepL Key…', 'deepl:forgetKey'),
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return [...(ctx.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), file, edit, view, tools, window];
}
