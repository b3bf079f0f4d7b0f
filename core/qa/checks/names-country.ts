import { countriesNamed, countryLabel, sourceCountryMentions, targetCountryMentions, targetNamesGenerously } from '../country-names';
import type { SourceMention, TargetMention } from '../country-names';
import { beadFinding, quote } from '../finding';
import { sideText } from '../side-text';
import type { BeadCheck, BeadView, Finding } from '../types';

/** "China or Japan" for a name that may stand for either. */
function labels(countries: readonly string[]): string {
  return countries.map(countryLabel).join(' or ');
}

/** “Japan”, or “Японии” (Japan) when the words are not the country's English name. */
function named(m: TargetMention): string {
  const label = labels(m.countries);
  return m.text === label ? quote(m.text) : `${quote(m.text)} (${label})`;
}

/** 中国 (China), 中方 (China) and 日本 (Japan) */
function sourceList(missing: readonly SourceMention[]): string {
  const parts = missing.map((m) => `${m.text} (${labels(m.countries)})`);
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
}

const TIMES = ['no times', 'once', 'twice'];
const times = (n: number): string => TIMES[n] ?? `${n} times`;

/**
 * How often the source names the country firmly (中国, 中方, 在华), per country.
 */
function firmCount(missing: SourceMention, source: readonly SourceMention[]): number {
  const key = missing.countries.join();
  let n = 0;
  for (const m of source) if (m.firm && m.countries.join() === key) n++;
  return n;
}

/**
 * A country swapped for another: the translation names a country the source does not name at all
 * (by name, abbreviation, capital: 中方, 中美, 北京), while a country the source names firmly is
 * nowhere in the translation (no name, adjective, capital). Both must hold in the bead, so a
 * country the translator adds ("the two countries" → "China and Russia") or leaves implicit is
 * silent. The source is read only when the translation names a country.
 */
export const namesCountry: BeadCheck = {
  id: 'names.country',
  severity: 'warning',
  scope: 'bead',
  description: 'The translation names a country the source does not, and misses one the source names (a swapped country).',
  run(bead: BeadView) {
    const target = sideText(bead.target);
    const mentions = targetCountryMentions(target.text, bead.lang);
    if (!mentions.some((m) => m.addable)) return [];
    const sourceMentions = sourceCountryMentions(sideText(bead.source).text);
    const inSource = countriesNamed(sourceMentions);
    const added = mentions.filter((m) => m.addable && !m.countries.some((c) => inSource.has(c)));
    if (added.length === 0) return [];
    const missing: SourceMention[] = [];
    const fewer: string[] = [];
    const seen = new Set<string>();
    for (const m of sourceMentions) {
      const key = m.countries.join();
      if (!m.firm || seen.has(key)) continue;
      seen.add(key);
      let inTarget = 0;
      for (const c of m.countries) inTarget = Math.max(inTarget, targetNamesGenerously(target.text, mentions, c, bead.lang));
      if (inTarget === 0) {
        missing.push(m);
        continue;
      }
      // 日本…日本 → "Japan … South Korea": named fewer times, with a country the source never names beside it.
      const inSource = firmCount(m, sourceMentions);
      if (inTarget < inSource) fewer.push(`the source names ${m.text} (${labels(m.countries)}) ${times(inSource)}, the translation ${times(inTarget)}`);
    }
    if (missing.length === 0 && fewer.length === 0) return [];
    const why: string[] = [];
    if (missing.length > 0) why.push(`the source's ${sourceList(missing)} ${missing.length > 1 ? 'are' : 'is'} not in the translation`);
    for (const f of fewer) why.push(f);
    const findings: Finding[] = [];
    const reported = new Set<string>();
    for (const m of added) {
      const key = m.countries.join();
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push(
        beadFinding(namesCountry, bead, `The translation names ${named(m)}, which the source does not; ${why.join('; ')}.`, {
          target: target.locate(m.start, m.end),
        }),
      );
    }
    return findings;
  },
};
