/** The option every command that reads a Chinese source offers (checked in cli/input-langs.ts). */
export const FORCE_LANGS_FLAG = '--force-langs';
export const FORCE_LANGS_HELP = 'accept a source that does not look Chinese (checked by its script)';
