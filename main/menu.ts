import type { MenuItemConstructorOptions } from 'electron';
import { EXPORT_FORMATS, EXPORT_FORMAT_SPECS } from '../core/formats/export-formats';
import type { MenuCommand } from '../core/contract';
import { COMMANDS, MENU_LAYOUT, menuKey, toAccelerator } from '../core/commands';
import type { CommandId, MenuSlot } from '../core/commands';

export interface MenuContext {
  isMac: boolean;
  /** Recent projects for File › Open Recent. */
  recent: Array<{ path: string; name: string }>;
  send(command: MenuCommand, arg?: string): void;
  openRecent(path: string): void;
}

/**
 * The native menu (testable without Electron), built from the command registry and its layout in
 * core/commands, so labels and shortcuts are the renderer's. Editing actions are sent to the
 * renderer, which owns the undo history and the problem list; only clipboard and window roles stay
 * native.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const command = (id: CommandId): MenuItemConstructorOptions => {
    const spec: { menu?: string; label: string } = COMMANDS[id];
    const key = menuKey(id, ctx.isMac);
    return { label: spec.menu ?? spec.label, ...(key ? { accelerator: toAccelerator(key) } : {}), click: () => ctx.send(id) };
  };
  const item = (slot: MenuSlot): MenuItemConstructorOptions => {
    if (slot === '-') return { type: 'separator' };
    if (typeof slot === 'string') return command(slot);
    if ('role' in slot) return slot.role === 'quitOrClose' ? { role: ctx.isMac ? 'close' : 'quit' } : { role: slot.role };
    if (slot.slot === 'recent') {
      return {
        label: 'Open Recent',
        enabled: ctx.recent.length > 0,
        submenu: ctx.recent.map((r) => ({ label: `${r.name} — ${r.path}`, click: () => ctx.openRecent(r.path) })),
      };
    }
    return { label: 'Export', submenu: EXPORT_FORMATS.map((f) => ({ label: EXPORT_FORMAT_SPECS[f].menuLabel, click: () => ctx.send('file.export', f) })) };
  };
  const menus = MENU_LAYOUT.map((m): MenuItemConstructorOptions => ({ label: m.label, submenu: m.items.map(item) }));
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return [...(ctx.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []), ...menus, window];
}
