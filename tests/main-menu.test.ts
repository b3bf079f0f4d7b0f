import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../main/menu';
import { EXPORT_FORMATS } from '../core/contract';
import type { MenuCommand } from '../core/contract';
import { restorableWindowState } from '../main/window-state';

vi.mock('electron', () => ({}));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function menu(isMac: boolean) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const items = flatten(buildMenuTemplate({ isMac, recent: [{ path: '/p/a.duizhao.json', name: 'A' }], send: (c) => sent.push(c), openRecent: (p) => opened.push(p) }));
  const byLabel = (label: string) => items.find((i) => i.label === label)!;
  const click = (label: string) => (byLabel(label).click as () => void)();
  return { items, byLabel, click, sent, opened };
}

describe('native menu', () => {
  it('has the usual shortcuts, each sending its command to the renderer', () => {
    const m = menu(false);
    const expected: Array<[string, string, MenuCommand]> = [
      ['Open…', 'CmdOrCtrl+O', 'project:open'],
      ['Save', 'CmdOrCtrl+S', 'project:save'],
      ['Save As…', 'CmdOrCtrl+Shift+S', 'project:saveAs'],
      ['Undo', 'CmdOrCtrl+Z', 'edit:undo'],
      ['Redo', 'Ctrl+Y', 'edit:redo'],
      ['Find…', 'CmdOrCtrl+F', 'edit:find'],
      ['Go to Paragraph…', 'CmdOrCtrl+G', 'view:gotoParagraph'],
      ['Next Problem', 'F8', 'view:nextProblem'],
      ['Previous Problem', 'Shift+F8', 'view:previousProblem'],
      ['QA Checks…', 'CmdOrCtrl+,', 'qa:settings'],
    ];
    for (const [label, accelerator, command] of expected) {
      expect(m.byLabel(label).accelerator, label).toBe(accelerator);
      m.click(label);
      expect(m.sent.at(-1), label).toBe(command);
    }
    for (const [label, command] of [['Re-align with DeepL MT…', 'align:runWithMt'], ['Forget DeepL Key…', 'deepl:forgetKey']] as const) {
      m.click(label);
      expect(m.sent.at(-1), label).toBe(command);
    }
    const accelerators = m.items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('offers every export format and the recent projects', () => {
    const m = menu(true);
    const exportMenu = m.byLabel('Export').submenu as MenuItemConstructorOptions[];
    expect(exportMenu).toHaveLength(EXPORT_FORMATS.length);
    exportMenu.forEach((item) => (item.click as () => void)());
    expect(m.sent).toEqual(EXPORT_FORMATS.map((f) => `export:${f}`));
    m.click('A — /p/a.duizhao.json');
    expect(m.opened).toEqual(['/p/a.duizhao.json']);
    expect(m.byLabel('Redo').accelerator).toBe('Cmd+Shift+Z');
    expect(m.items.some((i) => i.role === 'appMenu')).toBe(true);
  });
});

describe('window state', () => {
  const displays = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('restores a window that is on a current display and re-places one that is not', () => {
    expect(restorableWindowState(undefined, displays)).toMatchObject({ width: 1400, height: 900 });
    expect(restorableWindowState({ x: 100, y: 50, width: 1000, height: 700, maximized: true }, displays)).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
    expect(restorableWindowState({ x: 2500, y: 50, width: 1000, height: 700, maximized: false }, displays)).toEqual({ width: 1000, height: 700, maximized: false });
  });
});
