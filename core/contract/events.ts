import { z } from 'zod';
import { COMMAND_IDS } from '../commands';
import type { CommandId } from '../commands';

/**
 * Commands main sends to the renderer: the registry's ids (core/commands). The renderer owns the
 * editing state, so actions like undo, save or "next problem" are executed there.
 */
export const menuCommandSchema = z.enum(COMMAND_IDS);
export type MenuCommand = CommandId;

/**
 * The one main → renderer IPC event name. Arguments: a command id and, for two commands, an
 * argument: `file.open` from File › Open Recent carries the project's path (without it the renderer
 * asks main to show the dialog), `file.export` from File › Export › … carries the format name.
 */
export const MENU_COMMAND_EVENT = 'duizhao:menu-command';

/** Receives menu commands in the renderer. */
export type MenuCommandListener = (command: MenuCommand, arg?: string) => void;
