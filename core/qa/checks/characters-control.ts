import { TARGET_LANGS } from '../../model/types';
import { beadFinding } from '../finding';
import { describeCodePoint, INVISIBLE_CHARACTER } from '../data/invisible-characters';
import type { BeadCheck, BeadView, Finding, LocatedSentence, QaContext, Severity } from '../types';

interface Hit {
  sentence: string;
  start: number;
  code: number;
  count: number;
}

/**
 * One hit per distinct character per sentence, at its first place, with how often it occurs: a
 * pasted run of 10,000 zero-width spaces is one finding, not 10,000.
 */
function invisibleHits(sentences: readonly LocatedSentence[]): Hit[] {
  const hits: Hit[] = [];
  for (const { sentence } of sentences) {
    const byCode = new Map<number, Hit>();
    for (const m of sentence.text.matchAll(INVISIBLE_CHARACTER)) {
      const code = m[0].charCodeAt(0);
      const hit = byCode.get(code);
      if (hit) hit.count++;
      else byCode.set(code, { sentence: sentence.id, start: m.index, code, count: 1 });
    }
    for (const hit of byCode.values()) hits.push(hit);
  }
  return hits;
}

/** The source is shared by every target language: report it once, on the first language aligned. */
function reportsSource(bead: BeadView, ctx: QaContext): boolean {
  const first = TARGET_LANGS.find((lang) => (ctx.beads[lang]?.length ?? 0) > 0);
  return first === undefined || first === bead.lang;
}

function message(hit: Hit, side: 'translation' | 'source'): string {
  const times = hit.count > 1 ? ` (${hit.count} times)` : '';
  return `Invisible character ${describeCodePoint(hit.code)} in the ${side}${times}.`;
}

/**
 * Control characters, bidi overrides and zero-width characters: in a translation they corrupt the
 * export or reorder what the reader sees (warning); in the source they are reported as info, since
 * they came with the document.
 */
export const charactersControl: BeadCheck = {
  id: 'characters.control',
  severity: 'warning',
  scope: 'bead',
  description: 'A control character, bidi override or zero-width character in the translation (in the source: info).',
  run(bead, ctx) {
    const findings: Finding[] = [];
    for (const hit of invisibleHits(bead.target)) {
      findings.push(beadFinding(charactersControl, bead, message(hit, 'translation'), { target: { sentence: hit.sentence, start: hit.start, end: hit.start + 1 } }));
    }
    if (!reportsSource(bead, ctx)) return findings;
    const info: { id: string; severity: Severity } = { id: charactersControl.id, severity: 'info' };
    for (const hit of invisibleHits(bead.source)) {
      findings.push(beadFinding(info, bead, message(hit, 'source'), { source: { sentence: hit.sentence, start: hit.start, end: hit.start + 1 } }));
    }
    return findings;
  },
};
