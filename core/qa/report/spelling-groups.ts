import type { TargetLang } from '../../model/types';
import type { Finding, Severity } from '../types';

/** The spelling check's id: its findings are reported per word rather than per sentence. */
export const SPELLING_CHECK_ID = 'spelling.misspelling';

/** One unknown word with every place it occurs: "goverment ×3 → government (beads 4, 9, 12)". */
export interface SpellingGroup {
  lang: TargetLang;
  word: string;
  count: number;
  severity: Severity;
  suggestions: string[];
  /** 0-based bead indices, in order, each once. */
  beads: number[];
}

/** Whether a finding is a spelling finding (reported in the per-word section). */
export function isSpellingFinding(f: Pick<Finding, 'check'>): boolean {
  return f.check === SPELLING_CHECK_ID;
}

/**
 * Spelling findings grouped by language and word (as written), most frequent first, then by first
 * appearance. `word` reads the text a finding points at.
 */
export function groupSpelling(findings: readonly Finding[], word: (f: Finding) => string): SpellingGroup[] {
  const groups = new Map<string, SpellingGroup>();
  for (const f of findings) {
    if (!isSpellingFinding(f) || f.lang === null) continue;
    const w = word(f);
    const key = `${f.lang}\u0000${w}`;
    let g = groups.get(key);
    if (!g) {
      g = { lang: f.lang, word: w, count: 0, severity: f.severity, suggestions: f.suggestions ?? [], beads: [] };
      groups.set(key, g);
    }
    g.count++;
    if (f.bead !== null && g.beads[g.beads.length - 1] !== f.bead) g.beads.push(f.bead);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** "goverment ×3 → government (beads 4, 9, 12)", bead numbers 1-based as in the other headings. */
export function spellingLine(g: SpellingGroup): string {
  const times = g.count > 1 ? ` ×${g.count}` : '';
  const fix = g.suggestions[0] ? ` → ${g.suggestions[0]}` : '';
  const where = g.beads.length > 0 ? ` (${g.beads.length === 1 ? 'bead' : 'beads'} ${g.beads.map((b) => b + 1).join(', ')})` : '';
  return `${g.word}${times}${fix}${where}`;
}
