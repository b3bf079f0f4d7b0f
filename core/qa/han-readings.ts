/**
 * The readings of Han characters, for the check that compares a romanised Chinese name in the
 * translation with its source characters (checks/names-spelling.ts). From pinyin-pro (MIT), which
 * knows every reading of a polyphonic character (单 dan/shan/chan, 曾 ceng/zeng, 乐 le/yue).
 *
 * pinyin-pro costs ~45 ms of CPU to load (its dictionaries are object literals), so it is imported
 * only when a translation has a candidate name (`needsHanReadings`), and asked once per character.
 */

import { TARGET_LANGS } from '../model/types';
import type { Project } from '../model/types';
import { hasNameCandidate } from './name-readings';

/** The check that uses the readings (checks/names-spelling.ts). */
const NAMES_CHECK = 'names.spelling';

/** The toneless pinyin readings of one Han character (lower case, ü kept: "lü"); empty for anything else. */
export type HanReadings = (char: string) => readonly string[];

type Polyphonic = (text: string, options: { toneType: 'none'; type: 'array' }) => string[][];

const HAN = /^\p{Script=Han}$/u;
const NONE: readonly string[] = [];

/** Readings from pinyin-pro's `polyphonic`, remembered per character. */
export function readingsFrom(polyphonic: Polyphonic): HanReadings {
  const known = new Map<string, readonly string[]>();
  return (char) => {
    let out = known.get(char);
    if (out) return out;
    if (!HAN.test(char)) out = NONE;
    else {
      const got = polyphonic(char, { toneType: 'none', type: 'array' })[0] ?? [];
      // pinyin-pro gives the character itself back when it has no reading.
      out = got.filter((r, i) => r !== char && /^[a-zü]+$/u.test(r) && got.indexOf(r) === i);
    }
    known.set(char, out);
    return out;
  };
}

let loading: Promise<HanReadings> | undefined;

/** Loads pinyin-pro once per process (a dynamic import: its own chunk in the app's worker). */
export function loadHanReadings(): Promise<HanReadings> {
  return (loading ??= import('pinyin-pro').then((m) => readingsFrom(m.polyphonic as Polyphonic)));
}

/**
 * Whether a QA run needs the readings: names.spelling is on and some translation has a capitalised
 * word that splits into Pinyin or Palladius syllables. Otherwise pinyin-pro is never loaded.
 */
export function needsHanReadings(project: Project, disabled: readonly string[] = []): boolean {
  if (project.settings.disabledChecks.includes(NAMES_CHECK) || disabled.includes(NAMES_CHECK)) return false;
  for (const lang of TARGET_LANGS) {
    if (!project.alignments[lang]) continue;
    for (const para of project.targets[lang]?.paragraphs ?? []) for (const s of para.sentences) if (hasNameCandidate(s.text, lang)) return true;
  }
  return false;
}
