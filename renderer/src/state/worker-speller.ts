/**
 * Spelling inside the QA worker: Hunspell (hunspell-asm, WebAssembly) over the dictionary files
 * the main side sends once per English variant, and a speller rebuilt only when its accepted words
 * change (team dictionary, project ignore list, glossary). Off the UI thread, loaded once.
 */
// The CommonJS build: its ESM build calls namespace imports (`import * as nanoid`), which a bundler
// cannot call; the "browser" field still swaps in the browser runtime.
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
import type { TermBase } from '../../../core/glossary/types';
import type { ProjectSettings, TargetLang } from '../../../core/model';
import { createSpeller, glossaryTargetWords } from '../../../core/spelling';
import type { SpellChecker, Speller } from '../../../core/spelling';

/** The dictionaries and team words as `spelling:dictionaries` returns them. */
export interface SpellingData {
  en: { aff: string; dic: string };
  ru: { aff: string; dic: string };
  teamWords: string[];
}

let factory: ReturnType<typeof loadModule> | undefined;
let checkers: Partial<Record<TargetLang, SpellChecker>> | undefined;
let teamWords: string[] = [];
/** The project settings spelling depends on (the ignore list, whether capitals are checked). */
export type SpellSettings = Pick<ProjectSettings, 'spellingIgnore' | 'spellAllCaps'>;
let built: { speller: Speller; termBase: TermBase | null | undefined; ignore: string; allCaps: boolean | undefined; team: string[] } | undefined;

async function checker(name: string, files: { aff: string; dic: string }): Promise<SpellChecker> {
  factory ??= loadModule();
  const f = await factory;
  const encoder = new TextEncoder();
  const aff = f.mountBuffer(encoder.encode(files.aff), `${name}.aff`);
  const dic = f.mountBuffer(encoder.encode(files.dic), `${name}.dic`);
  const hunspell = f.create(aff, dic);
  f.unmount(aff);
  f.unmount(dic);
  return { correct: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w) };
}

/** Loads new dictionaries (first start, or the English variant changed). */
export async function setSpellingData(data: SpellingData): Promise<void> {
  const [en, ru] = await Promise.all([checker('en', data.en), checker('ru', data.ru)]);
  checkers = { en, ru };
  teamWords = data.teamWords;
  built = undefined;
}

/** New team dictionary words ("Add to dictionary" here, or a teammate's, read again). */
export function setTeamWords(words: string[]): void {
  teamWords = words;
  built = undefined;
}

/** The speller built last (suggestions do not depend on the accepted words), if any. */
export function lastSpeller(): Speller | undefined {
  return built?.speller;
}

/**
 * The speller for a project's settings, or undefined before the dictionaries arrived. The ignore
 * list is compared by content: the live check sends a copy with every request, and rebuilding the
 * accepted words (a whole glossary's stems) for each keystroke would cost more than the check.
 */
export function spellerFor(settings: SpellSettings, termBase: TermBase | null | undefined): Speller | undefined {
  if (!checkers) return undefined;
  const ignore = (settings.spellingIgnore ?? []).join('\n');
  const allCaps = settings.spellAllCaps;
  if (built && built.termBase === termBase && built.ignore === ignore && built.allCaps === allCaps && built.team === teamWords) return built.speller;
  const accepted = [teamWords, settings.spellingIgnore ?? [], termBase ? glossaryTargetWords(termBase) : []].flat();
  const speller = createSpeller({ checkers, acceptedWords: accepted, skipAllCaps: !(allCaps ?? false) });
  built = { speller, termBase, ignore, allCaps, team: teamWords };
  return speller;
}
