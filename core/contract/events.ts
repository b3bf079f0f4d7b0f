import { z } from 'zod';

/**
 * Commands main sends to the renderer (menu items and their shortcuts). The renderer owns the
 * editing state, so actions like undo, save or "next problem" are executed there.
 */
export const MENU_COMMANDS = [
  'project:new', 'project:open', 'project:openSample', 'project:import', 'project:save', 'project:saveAs',
  'export:tmx', 'export:tmx3', 'export:xliff', 'export:xliff12', 'export:docx', 'export:csv', 'export:tsv', 'export:html',
  'edit:undo', 'edit:redo', 'edit:find', 'view:gotoParagraph', 'view:nextProblem', 'view:previousProblem',
  'view:toggleEnglish', 'view:toggleRussian', 'align:run', 'align:runWithMt', 'qa:run', 'qa:settings', 'deepl:forgetKey',
  /** The window is closing with unsaved changes and the user chose "Save": save, then `app:closeWindow`. */
  'app:saveAndClose',
] as const;

export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * The one main → renderer IPC event name. Arguments: a MenuCommand, and for `project:open` from
 * File › Open Recent the project's path (without it the renderer asks main to show the dialog).
 */
export const MENU_COMMAND_EVENT = 'duizhao:menu-command';

/** Receives menu commands in the renderer. */
export type MenuCommandListener = (command: MenuCommand, projectPath?: string) => void;
