/**
 * Spelling inside the QA worker: Hunspell (hunspell-asm, WebAssembly) over the dictionary files
 * the main side sends once per dictionary version (the page names those held here), and a speller rebuilt only when its accepted words
 * change (team dictionary, project ignore list, glossary). Off the UI thread, loaded once.
 */
// The CommonJS build: its ESM build calls namespace imports (`import * as nanoid`), which a bundler
// cannot call; the "browser" field still swaps in the browser runtime.
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
import type { Response } from '../../../core/contract';
import type { TermBase } from '../../../core/glossary/types';
import type { ProjectSettings, TargetLang } from '../../../core/model';
import { createSpeller, glossaryTargetWords } from '../../../core/spelling';
import type { SpellChecker, Speller } from '../../../core/spelling';

/** The dictionaries (each a version, with its files unless the worker was said to hold it) and team words, as `spelling:dictionaries` returns them. */
export type SpellingData = Response<'spelling:dictionaries'>;
type Dictionary = SpellingData['en'];

let factory: ReturnType<typeof loadModule> | undefined;
let checkers: Partial<Record<TargetLang, SpellChecker>> | undefined;
let teamWords: string[] = [];
/** The project settings spelling depends on (the ignore list, whether capitals are checked). */
export type SpellSettings = Pick<ProjectSettings, 'spellingIgnore' | 'spellAllCaps'>;
let built: { speller: Speller; termBase: TermBase | null | undefined; ignore: string; allCaps: boolean | undefined; team: string[] } | undefined;

/** A dictionary's version and the Hunspell built from its files. */
interface BuiltDictionary {
  version: string;
  hunspell: Promise<{ spell(word: string): boolean; suggest(word: string): string[]; dispose(): void }>;
}
/**
 * The dictionaries built so far, newest last: a new project in the other English variant brings
 * Russian (≈ 0.25 s to build) unchanged, and a variant switched back brings the first English again.
 * Three are shipped (en-US, en-GB, ru); more are never kept.
 */
const builtDictionaries: BuiltDictionary[] = [];
const MAX_BUILT_DICTIONARIES = 3;

/** The versions built or being built, which `spelling:dictionaries` need not send again (a failed build is dropped). */
export function heldDictionaries(): string[] {
  return builtDictionaries.map((d) => d.version);
}

/** The Hunspell of a dictionary: the one built from its version, else built from its files; null when it came without files and is not here. */
function hunspellFor(name: string, dictionary: Dictionary): BuiltDictionary['hunspell'] | null {
  // Compared by version: main hashes the files once, and a held dictionary's files are not sent.
  const at = builtDictionaries.findIndex((d) => d.version === dictionary.version);
  if (at >= 0) {
    // Newest last again, so one in use is never the one dropped.
    const [same] = builtDictionaries.splice(at, 1);
    builtDictionaries.push(same!);
    return same!.hunspell;
  }
  const files = dictionary.files;
  if (!files) return null;
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
  const entry = { version: dictionary.version, hunspell };
  builtDictionaries.push(entry);
  // A build that failed is tried again next time.
  hunspell.catch(() => {
    const at = builtDictionaries.indexOf(entry);
    if (at >= 0) builtDictionaries.splice(at, 1);
  });
  if (builtDictionaries.length > MAX_BUILT_DICTIONARIES) void builtDictionaries.shift()!.hunspell.then((h) => h.dispose(), () => undefined);
  return hunspell;
}

async function checker(hunspell: BuiltDictionary['hunspell']): Promise<SpellChecker> {
  const h = await hunspell;
  return { correct: (w) => h.spell(w), suggest: (w) => h.suggest(w) };
}

/**
 * Loads new dictionaries (first start, or the English variant changed); one already built is
 * reused. Resolves with the versions that came without files but are not here (dropped since the
 * page asked what is held): then nothing changed, and the page asks again with their files.
 */
export async function setSpellingData(data: SpellingData): Promise<string[]> {
  const en = hunspellFor('en', data.en);
  const ru = hunspellFor('ru', data.ru);
  if (!en || !ru) return [...(en ? [] : [data.en.version]), ...(ru ? [] : [data.ru.version])];
  const [enChecker, ruChecker] = await Promise.all([checker(en), checker(ru)]);
  checkers = { en: enChecker, ru: ruChecker };
  teamWords = data.teamWords;
  built = undefined;
  return [];
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
