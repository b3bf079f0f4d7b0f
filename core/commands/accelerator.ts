import { commandSpec } from './registry';
import type { CommandId } from './registry';

/** Key names in our tables ("ArrowDown") that Electron accelerators spell differently ("Down"). */
const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Enter: 'Return' };

/**
 * The key a native menu shows for a command: the first of its keys, or on macOS the first one
 * that uses Shift with Ctrl when there are several (Cmd+Shift+Z is Redo there, Cmd+Y is not).
 */
export function menuKey(id: CommandId, isMac: boolean): string | undefined {
  const keys = commandSpec(id).keys;
  if (isMac && keys.length > 1) return keys.find((k) => k.startsWith('Ctrl+Shift+')) ?? keys[0];
  return keys[0];
}

/** "Ctrl+Shift+S" as an Electron accelerator ("CmdOrCtrl+Shift+S": Ctrl is Cmd on macOS). */
export function toAccelerator(keys: string): string {
  const parts = keys.split('+');
  const key = parts.pop()!;
  const mods = parts.map((m) => (m === 'Ctrl' ? 'CmdOrCtrl' : m));
  return [...mods, ACCELERATOR_KEYS[key] ?? key].join('+');
}
