/**
 * Hunspell dictionaries from the npm packages dictionary-en (en-US), dictionary-en-gb and
 * dictionary-ru, read by hunspell-asm (Hunspell compiled to WebAssembly). Node only, free of
 * Electron: shared by the CLI and the app's main process, which also hands the raw files to the
 * renderer's QA worker. Each dictionary is read and built once per process (en ≈ 0.1 s, ru ≈ 0.25 s
 * CPU; nspell needed 2.7 s for ru, decision 0010).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { loadModule } from 'hunspell-asm';
import type { SpellChecker, SpellLocale } from '../../core/spelling';
import { nodeCrypto } from '../node-crypto';

/** The npm package each locale's dictionary comes from (index.aff + index.dic inside). */
export const DICTIONARY_PACKAGES: Readonly<Record<SpellLocale, string>> = {
  'en-US': 'dictionary-en',
  'en-GB': 'dictionary-en-gb',
  ru: 'dictionary-ru',
};

/** The raw files of one dictionary. */
export interface DictionaryFiles {
  aff: Uint8Array;
  dic: Uint8Array;
}

const files = new Map<SpellLocale, Promise<DictionaryFiles>>();
const versions = new Map<SpellLocale, Promise<string>>();
const checkers = new Map<SpellLocale, Promise<SpellChecker>>();

/** The folder of an installed package (its `exports` hide the .aff/.dic files from require.resolve). */
function packageDir(name: string): string {
  const from = typeof __filename === 'string' ? __filename : join(process.cwd(), 'index.js');
  return dirname(createRequire(from).resolve(name));
}

/** The .aff and .dic bytes of a locale's dictionary, read once. */
export function readDictionaryFiles(locale: SpellLocale): Promise<DictionaryFiles> {
  let hit = files.get(locale);
  if (!hit) {
    hit = (async () => {
      const name = DICTIONARY_PACKAGES[locale];
      let dir: string;
      try {
        dir = packageDir(name);
      } catch {
        throw new Error(`spelling dictionary ${locale} not installed (npm package ${name})`);
      }
      const [aff, dic] = await Promise.all([readFile(join(dir, 'index.aff')), readFile(join(dir, 'index.dic'))]);
      return { aff, dic };
    })();
    files.set(locale, hit);
    hit.catch(() => files.delete(locale));
  }
  return hit;
}

/**
 * The version of a locale's dictionary: the locale and a hash of both files' bytes, computed once
 * per process (≈ 10 ms for ru). The page names the versions its QA worker holds, so an unchanged
 * dictionary is not sent again; an updated package gives another version.
 */
export function dictionaryVersion(locale: SpellLocale): Promise<string> {
  let hit = versions.get(locale);
  if (!hit) {
    hit = readDictionaryFiles(locale).then(({ aff, dic }) => {
      const hash = nodeCrypto().createHash('sha256');
      // Each file's length first, so moving bytes between the two files changes the version.
      hash.update(`${aff.length}:${dic.length}:`).update(aff).update(dic);
      return `${locale}:${hash.digest('hex').slice(0, 32)}`;
    });
    versions.set(locale, hit);
    hit.catch(() => versions.delete(locale));
  }
  return hit;
}

type HunspellFactory = Awaited<ReturnType<typeof loadModule>>;
let factory: Promise<HunspellFactory> | undefined;

/** Hunspell over given dictionary files (the WebAssembly module is compiled once per process). */
export async function hunspellChecker(locale: SpellLocale, dictionary: DictionaryFiles): Promise<SpellChecker> {
  factory ??= import('hunspell-asm').then((m) => m.loadModule());
  const f = await factory;
  const aff = f.mountBuffer(dictionary.aff, `${locale}.aff`);
  const dic = f.mountBuffer(dictionary.dic, `${locale}.dic`);
  const hunspell = f.create(aff, dic);
  // Hunspell keeps its own copy: the mounted files are no longer needed.
  f.unmount(aff);
  f.unmount(dic);
  return { correct: (word) => hunspell.spell(word), suggest: (word) => hunspell.suggest(word) };
}

/** The checker of a locale, loaded on first use and kept for the life of the process. */
export function loadSpellChecker(locale: SpellLocale): Promise<SpellChecker> {
  let hit = checkers.get(locale);
  if (!hit) {
    hit = readDictionaryFiles(locale).then((d) => hunspellChecker(locale, d));
    checkers.set(locale, hit);
    hit.catch(() => checkers.delete(locale));
  }
  return hit;
}
