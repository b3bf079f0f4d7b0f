/** The option every command that reads a Chinese source offers (checked in cli/input-langs.ts, and for a stated target language in cli/io.ts). */
export const FORCE_LANGS_FLAG = '--force-langs';
export const FORCE_LANGS_HELP = 'accept a source that does not look Chinese, or a translation whose letters contradict its stated language (--target-lang; draft: --to), e.g. Latin given as ru (checked by script)';
