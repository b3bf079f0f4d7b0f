import { describe, expect, it } from 'vitest';
import { createTermMatcher, mergeTermBases, parseTermBaseFile } from '../core/glossary';
import { toSimplified } from '../core/glossary/zh-simplified';

/** Issue 15 point 5: zh-Hant terms (Taiwan, Hong Kong term bases) match simplified source text. */
const TBX = `<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="sco"><langSec xml:lang="zh-Hant"><termSec><term>上海合作組織</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>Shanghai Cooperation Organisation</term></termSec></langSec></conceptEntry>
<conceptEntry id="stability"><langSec xml:lang="zh-TW"><termSec><term>戰略穩定</term></termSec></langSec>
<langSec xml:lang="en"><termSec><term>strategic stability</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;

describe('traditional-script terms', () => {
  const matcher = createTermMatcher(mergeTermBases([parseTermBaseFile('hant.tbx', TBX)]).termBase);

  it('match simplified text, and still match traditional text', () => {
    const simplified = '双方愿在上海合作组织框架内维护战略稳定。';
    expect(matcher.findSourceTerms(simplified).map((h) => [h.concept.id, h.text])).toEqual([
      ['sco', '上海合作组织'],
      ['stability', '战略稳定'],
    ]);
    expect(matcher.findSourceTerms('維護戰略穩定').map((h) => h.text)).toEqual(['戰略穩定']);
  });

  it('keep the form their author wrote in the term base', () => {
    const { termBase } = mergeTermBases([parseTermBaseFile('hant.tbx', TBX)]);
    expect(termBase.concepts[0]!.terms[0]!.text).toBe('上海合作組織');
  });

  it('convert by phrase with OpenCC tables, leaving simplified text alone', () => {
    expect(toSimplified('戰略穩定')).toBe('战略稳定');
    expect(toSimplified('乾燥')).toBe('干燥');
    expect(toSimplified('乾隆')).toBe('乾隆');
    expect(toSimplified('战略稳定')).toBe('战略稳定');
  });
});
