/**
 * Commands: the one registry of the workbench's actions (label, shortcuts, native menu label) and
 * the native menu's layout as data. Read by the renderer (keys, tooltips, help) and main (menu).
 */
export { COMMANDS, COMMAND_IDS, commandSpec } from './registry';
export type { CommandId, CommandSpec } from './registry';
export { menuKey, toAccelerator } from './accelerator';
export { MENU_LAYOUT } from './menu-layout';
export type { MenuSection, MenuSlot } from './menu-layout';
