import type { Project, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { dismissalKey, projectSentenceText } from './dismissals';
import type { Finding } from './types';

/**
 * The completeness promise in figures, per target language: how many source sentences have a
 * translation nothing questions, how many have none, and how many a finding doubts. Read from the
 * findings a reviewer sees (dismissals already applied), so the headline and the list agree: a
 * sentence a reviewer dismissed counts as translated, one the aligner left alone but judged placed
 * (no omission finding) is not counted as missing either.
 */
export interface CompletenessTally {
  lang: TargetLang;
  /** Source sentences of the aligned document. */
  sources: number;
  /** Source sentences with a translation no completeness finding questions. */
  translated: number;
  /** Source sentences reported as not translated (omission, or an untranslated end). */
  untranslated: number;
  /** Source sentences reported as probably or partly untranslated inside a bead (hidden gap, partial omission). */
  doubtful: number;
  /** Target sentences reported as having no source sentence. */
  additions: number;
  /**
   * With `blankIsUntranslated`: source sentences of a blank bead whose "not translated" a reviewer
   * dismissed: left out on purpose, so neither translated nor still to check.
   */
  leftOut?: number;
}

const UNTRANSLATED = new Set(['completeness.omission']);
const DOUBTFUL = new Set(['completeness.hidden-gap', 'completeness.partial-omission', 'completeness.unconfirmed-stretch']);
const TAIL = 'completeness.untranslated-tail';
const ADDITION = 'completeness.addition';
const HIDDEN_GAP = 'completeness.hidden-gap';

/**
 * One tally per aligned target language, in TARGET_LANGS order. `blankIsUntranslated` also counts
 * the source sentences of a bead whose translation is blank, finding or not: the editor's checks
 * may lag an edit by a moment, and an emptied row must never read as translated meanwhile.
 */
export function completenessTally(project: Project, findings: readonly Finding[], options: { blankIsUntranslated?: boolean } = {}): CompletenessTally[] {
  const out: CompletenessTally[] = [];
  const dismissed = new Set((project.settings.dismissed ?? []).map((d) => d.key));
  const textOf = dismissed.size > 0 ? projectSentenceText(project) : undefined;
  // Did a reviewer dismiss "not translated" for these source sentences (the omission finding of
  // their blank bead, keyed as core/qa/dismissals keys it)?
  const omissionDismissed = (src: readonly string[], lang: TargetLang): boolean => {
    if (!textOf || src.length === 0) return false;
    const omission: Finding = { check: 'completeness.omission', severity: 'error', message: '', lang, bead: null, source: { sentences: [...src], para: null }, target: null };
    const key = dismissalKey(omission, textOf);
    return key !== null && dismissed.has(key);
  };
  for (const lang of TARGET_LANGS) {
    const beads = project.alignments[lang]?.beads;
    if (!beads || !project.targets[lang]) continue;
    const sources = new Set<string>();
    for (const b of beads) for (const id of b.src) sources.add(id);
    const untranslated = new Set<string>();
    const doubtful = new Set<string>();
    const additions = new Set<string>();
    const leftOut = new Set<string>();
    if (options.blankIsUntranslated) {
      const text = new Map<string, string>();
      for (const p of project.targets[lang]!.paragraphs) for (const s of p.sentences) text.set(s.id, s.text);
      for (const b of beads) {
        if (b.tgt.some((id) => (text.get(id) ?? '').trim() !== '')) continue;
        const into = omissionDismissed(b.src, lang) ? leftOut : untranslated;
        for (const id of b.src) into.add(id);
      }
    }
    for (const f of findings) {
      if (f.lang !== lang || !f.check.startsWith('completeness.')) continue;
      const src = f.source?.sentences ?? [];
      if (UNTRANSLATED.has(f.check)) for (const id of src) untranslated.add(id);
      else if (f.check === TAIL && f.bead !== null) {
        // One finding stands for the whole untranslated end: every source sentence from its bead on.
        for (let i = f.bead; i < beads.length; i++) for (const id of beads[i]!.src) untranslated.add(id);
      } else if (DOUBTFUL.has(f.check)) for (const id of src) doubtful.add(id);
      if (f.check === ADDITION || (f.check === HIDDEN_GAP && src.length === 0)) {
        for (const id of f.target?.sentences ?? []) additions.add(id);
      }
    }
    let doubtfulOnly = 0;
    for (const id of doubtful) if (sources.has(id) && !untranslated.has(id)) doubtfulOnly++;
    let missing = 0;
    for (const id of untranslated) if (sources.has(id)) missing++;
    let left = 0;
    for (const id of leftOut) if (sources.has(id) && !untranslated.has(id) && !doubtful.has(id)) left++;
    const tally: CompletenessTally = { lang, sources: sources.size, translated: sources.size - missing - doubtfulOnly - left, untranslated: missing, doubtful: doubtfulOnly, additions: additions.size };
    if (options.blankIsUntranslated) tally.leftOut = left;
    out.push(tally);
  }
  return out;
}

/**
 * "en: 154 of 156 source sentences translated; 1 not translated, 1 possibly incomplete, 1 target sentence with
 * no source" — the report's completeness line for one language.
 */
export function tallyLine(t: CompletenessTally): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const parts: string[] = [];
  if (t.untranslated) parts.push(`${t.untranslated} not translated`);
  if (t.doubtful) parts.push(`${t.doubtful} possibly incomplete`);
  if (t.additions) parts.push(plural(t.additions, 'target sentence with no source', 'target sentences with no source'));
  const head = `${t.lang}: ${t.translated} of ${plural(t.sources, 'source sentence', 'source sentences')} translated`;
  return parts.length ? `${head}; ${parts.join(', ')}` : `${head}, no gap found`;
}
