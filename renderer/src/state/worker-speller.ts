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

/** A dictionary's files and the Hunspell built from them. */
interface BuiltDictionary {
  aff: string;
  dic: string;
  hunspell: Promise<{ spell(word: string): boolean; suggest(word: string): string[]; dispose(): void }>;
}
/**
 * The dictionaries built so far, newest last: a new project in the other English variant brings
 * Russian (≈ 0.25 s to build) unchanged, and a variant switched back brings the first English again.
 * Three are shipped (en-US, en-GB, ru); more are never kept.
 */
const builtDictionaries: BuiltDictionary[] = [];
const MAX_BUILT_DICTIONARIES = 3;

function hunspellFor(name: string, files: { aff: string; dic: string }): BuiltDictionary['hunspell'] {
  // Compared by content: the files come as fresh strings with every message (a few ms for 4 MB).
  const at = builtDictionaries.findIndex((d) => d.aff === files.aff && d.dic === files.dic);
  if (at >= 0) {
    // Newest last again, so one in use is never the one dropped.
    const [same] = builtDictionaries.splice(at, 1);
    builtDictionaries.push(same!);
    return same!.hunspell;
  }
  const hunspell = (async () => {
    factory ??= loadModule();
    const f = await factory;
    const encoder = new TextEncoder();
    const aff = f.mountBuffer(encoder.encode(files.aff), `${name}.aff`);
    const dic = f.mountBuffer(encoder.encode(files.dic), `${name}.dic`);
    const built = f.create(aff, dic);
    f.unmount(aff);
    f.unmount(dic);
    return built;
  })();
  const entry = { aff: files.aff, dic: files.dic, hunspell };
  builtDictionaries.push(entry);
  // A build that failed is tried again next time.
  hunspell.catch(() => {
    const at = builtDictionaries.indexOf(entry);
    if (at >= 0) builtDictionaries.splice(at, 1);
  });
  if (builtDictionaries.length > MAX_BUILT_DICTIONARIES) void builtDictionaries.shift()!.hunspell.then((h) => h.dispose(), () => undefined);
  return hunspell;
}

async function checker(name: string, files: { aff: string; dic: string }): Promise<SpellChecker> {
  const hunspell = await hunspellFor(name, files);
  return { correct: (w) => hunspell.spell(w), suggest: (w) => hunspell.suggest(w) };
}

/** Loads new dictionaries (first start, or the English variant changed); one already built is reused. */
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
