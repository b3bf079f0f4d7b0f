import { describe, expect, it } from 'vitest';
import { createTermMatcher, parseTermBaseFile } from '../core/glossary';
import { markTargetTerms, missingTargetTerms } from '../core/qa';
import type { TargetLang } from '../core/model';

// A small team file in Duizhao's CSV layout: required renderings, one forbidden variant each side.
const CSV = [
  'zh,en,ru,en_forbidden,ru_forbidden,note,subject',
  '核武器,nuclear weapon,ядерное оружие,,,,arms',
  '冷战思维,Cold War mentality,менталитет холодной войны,,,,set phrases',
  '联合国,United Nations,Организация Объединённых Наций,,,,organisations',
  '大国关系,major-country relations,отношения между великими державами,great power relations,,,set phrases',
  '战略伙伴关系,strategic partnership,стратегическое партнёрство,,стратегическое сотрудничество,,set phrases',
].join('\n');
const { concepts } = parseTermBaseFile('team.csv', CSV);
const matcher = createTermMatcher({ concepts });

function marks(zh: string, target: string, lang: TargetLang): string[] {
  return markTargetTerms(matcher, matcher.findSourceTerms(zh), target, lang).map((m) => `${target.slice(m.span.start, m.span.end)}${m.forbidden ? ' (forbidden)' : ''} ← ${m.source}`);
}
function missing(zh: string, target: string, lang: TargetLang): string[] {
  return missingTargetTerms(matcher, zh, matcher.findSourceTerms(zh), target, lang).map((m) => `${m.source}: ${m.wanted.join(' | ')}`);
}

describe('target-side glossary marks', () => {
  it('marks Russian terms in any case and number', () => {
    const zh = '双方反对冷战思维,主张销毁核武器。';
    const ru = 'Стороны выступают против менталитета холодной войны и за уничтожение ядерного оружия.';
    expect(marks(zh, ru, 'ru')).toEqual(['менталитета холодной войны ← 冷战思维', 'ядерного оружия ← 核武器']);
    expect(marks('联合国', 'в рамках Организации Объединённых Наций', 'ru')).toEqual(['Организации Объединённых Наций ← 联合国']);
    expect(marks('战略伙伴关系', 'укреплять стратегическим партнёрством', 'ru')).toEqual(['стратегическим партнёрством ← 战略伙伴关系']);
  });

  it('marks English plurals', () => {
    expect(marks('核武器', 'They oppose the deployment of nuclear weapons.', 'en')).toEqual(['nuclear weapons ← 核武器']);
  });

  it('marks a forbidden variant as forbidden', () => {
    expect(marks('大国关系', 'Both sides discussed great power relations.', 'en')).toEqual(['great power relations (forbidden) ← 大国关系']);
    expect(marks('战略伙伴关系', 'развивать стратегическое сотрудничество', 'ru')).toEqual(['стратегическое сотрудничество (forbidden) ← 战略伙伴关系']);
  });

  it('does not mark a term the source does not ask for', () => {
    expect(marks('双方反对冷战思维。', 'The United Nations opposes the Cold War mentality.', 'en')).toEqual(['Cold War mentality ← 冷战思维']);
  });

  it('lists a required term the translation lacks, and only that one', () => {
    const zh = '双方反对冷战思维,主张销毁核武器。';
    expect(missing(zh, 'Стороны выступают против менталитета холодной войны.', 'ru')).toEqual(['核武器: ядерное оружие']);
    expect(missing(zh, 'Both oppose the Cold War mentality and call to destroy nuclear weapons.', 'en')).toEqual([]);
    // A forbidden variant instead: that one is marked forbidden in the text, not listed again as missing
    // (as the QA reports it once, as glossary.forbidden-term).
    expect(missing('大国关系', 'great power relations', 'en')).toEqual([]);
    expect(missing('大国关系', 'relations between big states', 'en')).toEqual(['大国关系: major-country relations']);
    // Nothing translated yet: nothing to mark.
    expect(missing(zh, '  ', 'en')).toEqual([]);
  });
});
