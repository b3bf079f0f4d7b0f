/**
 * Monaco's screen-reader mode for the sentence editor, decided as VS Code decides it: on when the
 * translator asks for it (Settings), or on "auto" when the system reports a screen reader (Electron's
 * app.isAccessibilitySupportEnabled(), read by main; a browser cannot tell, so web mode needs "On").
 *
 * Not simply always on: in that mode, over Chromium's EditContext, a `selectionchange` arriving
 * between a keystroke and the next frame puts the cursor back before the letter just typed, so on a
 * busy machine "Отказ" came out "Оказ … войныт" (3 of 108 stressed typings, none with the mode off).
 * Off, Monaco's "auto" keeps the editor's own name (row and language) rather than "not accessible".
 */
export type ScreenReaderSetting = 'auto' | 'on' | 'off';

export const SCREEN_READER_SETTINGS: readonly ScreenReaderSetting[] = ['auto', 'on', 'off'];

const STORAGE_KEY = 'duizhao.screenReader';

/** Whether the editor runs in screen-reader mode, for a setting and what the system reports. */
export function screenReaderOn(setting: ScreenReaderSetting, systemReports: boolean): boolean {
  return setting === 'on' || (setting === 'auto' && systemReports);
}

/** The stored setting; "auto" when none is stored or the stored value is not one of ours. */
export function readScreenReaderSetting(storage: Pick<Storage, 'getItem'> | undefined): ScreenReaderSetting {
  const raw = storage?.getItem(STORAGE_KEY);
  return SCREEN_READER_SETTINGS.find((s) => s === raw) ?? 'auto';
}

let systemReports = false;
const listeners = new Set<(on: boolean) => void>();

function storage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}

/** Whether the sentence editor should be in screen-reader mode now. */
export function screenReaderMode(): boolean {
  return screenReaderOn(readScreenReaderSetting(storage()), systemReports);
}

function notify(): void {
  const on = screenReaderMode();
  for (const listener of listeners) listener(on);
}

/** What the system reports (app:info at start-up). */
export function setSystemScreenReader(reports: boolean): void {
  systemReports = reports;
  notify();
}

/** Whether the system reported a screen reader (for the Settings dialog's wording). */
export function systemScreenReader(): boolean {
  return systemReports;
}

/** The translator's choice, remembered on this computer (localStorage, like the panel layout). */
export function setScreenReaderSetting(setting: ScreenReaderSetting): void {
  storage()?.setItem(STORAGE_KEY, setting);
  notify();
}

/** Calls `listener` with the mode whenever the setting or the system's report changes. */
export function onScreenReaderModeChange(listener: (on: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
