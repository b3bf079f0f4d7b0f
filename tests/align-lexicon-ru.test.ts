/**
 * The zh→ru lexicon (CC-CEDICT pivoted through English, scripts/build-lexicon-ru.mjs) as the
 * services load it, and what it is for: Russian words become evidence, so the sentence planted in
 * the Russian joint statement with no source is judged to have none (an addition), not passed as part of a 1:2 bead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocs } from '../core/align';
import { Channel } from '../core/align/channels';
import { prepareTerms, sourceEvidence } from '../core/align/source-units';
import { targetTokens } from '../core/align/target-tokens';
import { allSentences } from '../core/model';
import { importText } from '../core/text';
import { loadLexicon } from '../services/lexicon';

const root = join(__dirname, '..');
const ru = loadLexicon('ru');

describe('zh→ru pivot lexicon', () => {
  it('gives Russian stems for Chinese words, keeping every zh→en headword for segmentation', () => {
    expect(ru.entries.get('俄罗斯')?.stems).toContain('росс');
    expect(ru.entries.get('年')?.stems).toContain('год');
    // China the country, not china the porcelain, and the stem of its oblique cases (Китая → кит).
    expect(ru.entries.get('中国')?.stems.slice(0, 2)).toEqual(['кита', 'кит']);
    expect(ru.entries.size).toBe(loadLexicon('en').entries.size);
  });

  it('knows the names of countries, regions and languages (CLDR), which the pivot through English loses', () => {
    // Each Russian sentence names what the Chinese does; every name must meet a stem of its entry.
    const pairs: Array<[string, string]> = [
      ['美国', 'делегация США'],
      ['乌克兰', 'кризис на Украине'],
      ['朝鲜', 'переговоры с КНДР'],
      ['香港', 'в Гонконге'],
      ['联合国', 'Устав ООН'],
      ['英语', 'на английском языке'],
    ];
    for (const [zh, russian] of pairs) {
      const keys = new Set(targetTokens(russian, 'ru').map((t) => t.key));
      const stems = ru.entries.get(zh)?.stems ?? [];
      expect(stems.some((s) => keys.has(s)), `${zh} → ${russian}: ${stems.join(' ')}`).toBe(true);
    }
  });

  it('turns Chinese words into lexicon units for a Russian target, name keys spelled in Palladius', () => {
    const ev = sourceEvidence('中俄两国文化交流', 'ru', ru, prepareTerms(undefined, 'ru'));
    const lexKeys = ev.units.filter((u) => u.channel === Channel.Lex).flatMap((u) => u.keys);
    expect(lexKeys).toEqual(expect.arrayContaining(['росс', 'культур']));
    // 中 and 俄 are read as single characters: zhong → чжун, e → э, never the pinyin itself.
    expect(ev.nameKeys).toEqual(expect.arrayContaining(['@чжун', '@э']));
    for (const k of ev.nameKeys) expect(k).toMatch(/^@[а-я]+$/);
  });

  it('keeps the pinyin of single characters and of proper names, not of common words', () => {
    expect(ru.entries.get('王')?.pinyin).toContain('wang');
    expect(ru.entries.get('习近平')?.pinyin).toEqual(['xi_jin-ping']);
    expect(ru.entries.get('上海')?.pinyin).toEqual(['shang-hai']);
    // 成功 is "to succeed" before it is a town in Taiwan: no name reading.
    expect(ru.entries.get('成功')?.pinyin).toEqual([]);
  });

  it('judges the planted Russian addition to have no source, as its own 0:1 bead or inside a 1:2 bead', () => {
    const read = (lang: 'zh' | 'ru') => importText(readFileSync(join(root, 'samples', `joint-statement-2025-05-08.${lang}.txt`), 'utf8'), lang);
    const target = read('ru');
    const added = allSentences(target).find((s) => s.text.startsWith('Стороны с удовлетворением отметили успешное проведение'));
    expect(added).toBeDefined();
    const bead = alignDocs(read('zh'), target, { lexicon: ru }).beads.find((b) => b.tgt.includes(added!.id))!;
    if (bead.src.length === 0) return expect(bead.tgt).toEqual([added!.id]);
    // Inside a 1:2 bead, its own words must give it away: the member verdict (core/align/verdict/
    // member-gap.ts) at or above the probability completeness.hidden-gap reports, 0.25.
    const member = bead.src.length + bead.tgt.indexOf(added!.id);
    expect(bead.verdict?.gap?.[member]).toBeGreaterThanOrEqual(0.25);
    // …while the sentence it shares the bead with is judged translated.
    const mate = bead.src.length + bead.tgt.findIndex((id) => id !== added!.id);
    expect(bead.verdict?.gap?.[mate]).toBeLessThan(0.25);
  });
});
