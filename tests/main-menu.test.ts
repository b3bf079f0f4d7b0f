import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../main/menu';
import { EXPORT_FORMATS } from '../core/contract';
import { COMMANDS, toAccelerator } from '../core/commands';
import type { MenuCommand } from '../core/contract';
import { restorableWindowState } from '../main/window-state';

vi.mock('electron', () => ({}));

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function menu(isMac: boolean) {
  const sent: Array<[MenuCommand, string | undefined]> = [];
  const opened: string[] = [];
  const items = flatten(buildMenuTemplate({ isMac, recent: [{ path: '/p/a.duizhao.json', name: 'A' }], send: (c, arg) => sent.push([c, arg]), openRecent: (p) => opened.push(p) }));
  const byLabel = (label: string) => items.find((i) => i.label === label)!;
  const click = (label: string) => (byLabel(label).click as () => void)();
  return { items, byLabel, click, sent, opened };
}

describe('native menu', () => {
  it('has the usual shortcuts, each sending its command to the renderer', () => {
    const m = menu(false);
    const expected: Array<[string, string, MenuCommand]> = [
      ['New Project…', 'CmdOrCtrl+N', 'file.new'],
      ['Open…', 'CmdOrCtrl+O', 'file.open'],
      ['Save', 'CmdOrCtrl+S', 'file.save'],
      ['Save As…', 'CmdOrCtrl+Shift+S', 'file.saveAs'],
      ['Undo', 'CmdOrCtrl+Z', 'edit.undo'],
      ['Redo', 'CmdOrCtrl+Y', 'edit.redo'],
      ['Find…', 'CmdOrCtrl+F', 'edit.find'],
      ['Go to Paragraph…', 'CmdOrCtrl+G', 'edit.gotoParagraph'],
      ['Next Problem', 'F8', 'qa.next'],
      ['Previous Problem', 'Shift+F8', 'qa.prev'],
      ['Show/Hide English', 'Alt+1', 'view.toggleEn'],
      ['Show/Hide Russian', 'Alt+2', 'view.toggleRu'],
      ['Re-align', 'Alt+R', 'align.realign'],
      ['Run Checks', 'F9', 'qa.run'],
      ['QA Checks…', 'CmdOrCtrl+,', 'qa.settings'],
    ];
    for (const [label, accelerator, command] of expected) {
      expect(m.byLabel(label).accelerator, label).toBe(accelerator);
      m.click(label);
      expect(m.sent.at(-1), label).toEqual([command, undefined]);
    }
    for (const [label, command] of [['Open Sample', 'file.openSample'], ['Open Sample: Joint Statement', 'file.openJointSample'], ['Import TMX/XLIFF…', 'file.import'], ['Re-align with DeepL MT…', 'align.realignMt'], ['Forget DeepL Key…', 'deepl.forgetKey']] as const) {
      m.click(label);
      expect(m.sent.at(-1), label).toEqual([command, undefined]);
    }
    const accelerators = m.items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('shows the first shortcut of each command from the registry, so the menu and the key handler agree', () => {
    // The two tables used to disagree (New Project Ctrl+N vs Ctrl+Alt+N, Show/Hide English Ctrl+Alt+1 vs Alt+1).
    const m = menu(false);
    for (const item of m.items.filter((i) => i.accelerator)) {
      m.click(item.label!);
      const [id] = m.sent.at(-1)!;
      expect(toAccelerator(COMMANDS[id].keys[0]!), item.label).toBe(item.accelerator);
    }
    expect(m.items.filter((i) => i.accelerator).length).toBeGreaterThanOrEqual(15);
    expect(toAccelerator('Ctrl+Shift+ArrowDown')).toBe('CmdOrCtrl+Shift+Down');
  });

  it('offers every export format and the recent projects', () => {
    const m = menu(true);
    const exportMenu = m.byLabel('Export').submenu as MenuItemConstructorOptions[];
    expect(exportMenu).toHaveLength(EXPORT_FORMATS.length);
    exportMenu.forEach((item) => (item.click as () => void)());
    expect(m.sent).toEqual(EXPORT_FORMATS.map((f) => ['file.export', f]));
    m.click('A — /p/a.duizhao.json');
    expect(m.opened).toEqual(['/p/a.duizhao.json']);
    expect(m.byLabel('Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(m.items.some((i) => i.role === 'appMenu')).toBe(true);
    expect(m.items.some((i) => i.role === 'close')).toBe(true);
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
