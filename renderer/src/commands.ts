/**
 * Key matching and display for the command registry (core/commands): one table drives the key
 * handler, the toolbar tooltips, the help overlay and the desktop menu, so they cannot disagree.
 */
import { COMMANDS } from '../../core/commands';
import type { CommandId } from '../../core/commands';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

const ARROWS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/** "Ctrl+Shift+Enter" as the user's platform writes it; arrow keys as arrows ("Ctrl+↓", not "Ctrl+ArrowDown"). */
export function displayKeys(keys: string): string {
  const shown = keys.replace(/Arrow(Up|Down|Left|Right)/, (name) => ARROWS[name]!);
  return isMac ? shown.replace('Ctrl+', '⌘').replace('Alt+', '⌥').replace('Shift+', '⇧') : shown;
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
