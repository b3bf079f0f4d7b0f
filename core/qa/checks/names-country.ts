import { capitalLabel, countriesNamed, countryLabel, sourceCountryMentions, targetCountryMentions, targetNamesGenerously } from '../country-names';
import type { SourceMention, TargetMention } from '../country-names';
import { beadFinding, quote } from '../finding';
import { sideText } from '../side-text';
import type { SideText } from '../side-text';
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

/** How many of the source's mentions name the country, in any form (中国, 华, 北京; 台湾 and 香港 for China too). */
function sourceCount(country: string, source: readonly SourceMention[]): number {
  let n = 0;
  for (const m of source) if (countriesNamed([m]).has(country)) n++;
  return n;
}

/** The translation's mentions of each country that name it alone (not “Korea”, either Korea), in order. */
function strictMentions(mentions: readonly TargetMention[]): Map<string, TargetMention[]> {
  const byCountry = new Map<string, TargetMention[]>();
  for (const m of mentions) {
    if (m.countries.length !== 1) continue;
    const list = byCountry.get(m.countries[0]!) ?? [];
    list.push(m);
    byCountry.set(m.countries[0]!, list);
  }
  return byCountry;
}

/**
 * A country swapped for another: the translation names a country the source does not name at all
 * (by name, abbreviation, capital: 中方, 中美, 北京), while a country the source names firmly is
 * nowhere in the translation (no name, adjective, capital). Both must hold in the bead, so a
 * country the translator adds ("the two countries" → "China and Russia") or leaves implicit is
 * silent. The source is read only when the translation names a country.
 */
function swapsToUnnamed(bead: BeadView, target: SideText, mentions: readonly TargetMention[], sourceMentions: readonly SourceMention[]): Finding[] {
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
}

/** Countries the source names firmly (中国, 法方) that the translation does not name in any way. */
function missingFirm(bead: BeadView, target: SideText, mentions: readonly TargetMention[], sourceMentions: readonly SourceMention[]): SourceMention[] {
  const missing: SourceMention[] = [];
  const seen = new Set<string>();
  for (const m of sourceMentions) {
    const key = m.countries.join();
    if (!m.firm || seen.has(key)) continue;
    seen.add(key);
    if (m.countries.every((c) => targetNamesGenerously(target.text, mentions, c, bead.lang) === 0)) missing.push(m);
  }
  return missing;
}

/**
 * A country swapped for another the source also names (中国…法国 → "China … China"): the
 * translation names a country more often than the source does in any form, while a country the
 * source names firmly is nowhere in the translation. Points at the first mention beyond the
 * source's count.
 */
function swapsToNamed(bead: BeadView, target: SideText, mentions: readonly TargetMention[], sourceMentions: readonly SourceMention[]): Finding[] {
  const findings: Finding[] = [];
  let missing: SourceMention[] | undefined;
  for (const [country, list] of strictMentions(mentions)) {
    const inSource = sourceCount(country, sourceMentions);
    if (inSource === 0 || list.length <= inSource) continue;
    missing ??= missingFirm(bead, target, mentions, sourceMentions);
    if (missing.length === 0) return [];
    // The mention beyond the source's count: among the names when the names alone exceed the
    // source's (中国…北京 → "China … China … Beijing": the second "China", not "Beijing").
    const names = list.filter((n) => !n.capitalCity);
    const namesInSource = inSource - sourceMentions.filter((n) => n.capitalCity && n.countries.includes(country)).length;
    const m = names.length > namesInSource ? names[namesInSource]! : list[inSource]!;
    findings.push(
      beadFinding(
        namesCountry,
        bead,
        `The translation names ${countryLabel(country)} ${times(list.length)}, the source ${times(inSource)}; the source's ${sourceList(missing)} ${missing.length > 1 ? 'are' : 'is'} not in the translation (${named(m)} in its place?).`,
        { target: target.locate(m.start, m.end) },
      ),
    );
  }
  return findings;
}

/** “Москве” (Moscow), or “Moscow”. */
function namedCapital(m: TargetMention): string {
  const label = capitalLabel(m.countries[0]!) ?? m.text;
  return m.text === label ? quote(m.text) : `${quote(m.text)} (${label})`;
}

/**
 * A capital swapped for another (北京 → "Moscow", 莫斯科 → «Пекин»): the translation names a capital
 * the source does not, naming its country more often than the source does (so not "Moscow" for
 * 俄方), while a capital the source names is not in the translation and its country is named less
 * often than in the source (so not 北京 rendered as "China").
 */
function capitalSwaps(bead: BeadView, target: SideText, mentions: readonly TargetMention[], sourceMentions: readonly SourceMention[]): Finding[] {
  const sourceCapitals = sourceMentions.filter((m) => m.capitalCity && m.countries.length === 1);
  if (sourceCapitals.length === 0) return [];
  const strict = strictMentions(mentions);
  const capitalNamed = (country: string, list: readonly { capitalCity?: boolean; countries: readonly string[] }[]) =>
    list.some((m) => m.capitalCity && m.countries.includes(country));
  const findings: Finding[] = [];
  for (const m of mentions) {
    if (!m.capitalCity || m.countries.length !== 1) continue;
    const country = m.countries[0]!;
    if (capitalNamed(country, sourceMentions) || (strict.get(country)?.length ?? 0) <= sourceCount(country, sourceMentions)) continue;
    const lost = sourceCapitals.filter((s) => {
      const other = s.countries[0]!;
      return other !== country && !capitalNamed(other, mentions) && targetNamesGenerously(target.text, mentions, other, bead.lang) < sourceCount(other, sourceMentions);
    });
    if (lost.length === 0) continue;
    const list = lost.map((s) => `${s.text} (${capitalLabel(s.countries[0]!) ?? labels(s.countries)})`).join(', ');
    findings.push(
      beadFinding(namesCountry, bead, `The translation names the capital ${namedCapital(m)}, which the source does not; the source's ${list} ${lost.length > 1 ? 'are' : 'is'} not in the translation.`, {
        target: target.locate(m.start, m.end),
      }),
    );
  }
  return findings;
}

/**
 * A country or capital swapped for another: one the source does not name beside a source country
 * the translation lacks (swapsToUnnamed), a country named more often than in the source beside one
 * the translation lacks (swapsToNamed), a capital for another capital (capitalSwaps). One finding
 * per place in the translation. The source is read only when the translation names a country.
 */
export const namesCountry: BeadCheck = {
  id: 'names.country',
  severity: 'warning',
  scope: 'bead',
  description: 'The translation names a country or capital the source does not, and misses one the source names (a swapped country).',
  run(bead: BeadView) {
    const target = sideText(bead.target);
    const mentions = targetCountryMentions(target.text, bead.lang);
    if (mentions.length === 0) return [];
    const sourceMentions = sourceCountryMentions(sideText(bead.source).text);
    const findings: Finding[] = [];
    const places = new Set<string>();
    for (const found of [swapsToUnnamed, capitalSwaps, swapsToNamed]) {
      for (const f of found(bead, target, mentions, sourceMentions)) {
        const range = f.target?.range;
        const place = range ? `${range.sentence}:${range.start}` : '';
        if (places.has(place)) continue;
        places.add(place);
        findings.push(f);
      }
    }
    return findings;
  },
};
