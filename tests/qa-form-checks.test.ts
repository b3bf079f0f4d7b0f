import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { addressesIn } from '../core/qa/checks/links-mismatch';
import type { Finding } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

/** Real sentences: the strategic-stability statement of samples/ and a foreign ministry notice. */
const ZH = '双方同意加强合作。';
const ZH_MEETING = '他出席了会议。';
const ZH_OPENING = '双方坚信,各国人民命运与共,各国及各组织不能以牺牲他国安全来保障自身安全。';
const EN_OPENING = 'The two sides are convinced that all peoples share a common destiny and that no state or organization may ensure its own security at the expense of the security of others.';

function check(id: string, lang: 'en' | 'ru', beads: BeadSpec[], headings?: number[]): Finding[] {
  return runChecks(makeProject({ [lang]: beads }, headings ? { headings } : {})).filter((f) => f.check === id);
}

describe('spacing.before-punctuation', () => {
  it('points at a space before a full stop, a comma or a semicolon, in English and Russian', () => {
    const en = 'He attended the meeting .';
    const [f, ...rest] = check('spacing.before-punctuation', 'en', [[ZH_MEETING, en]]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.length - 2, end: en.length - 1 });
    expect(check('spacing.before-punctuation', 'en', [['他出席了会议，以及。', 'He attended the talks , as well as ;']])).toHaveLength(2);
    expect(check('spacing.before-punctuation', 'ru', [[ZH_MEETING, 'Он присутствовал на встрече\u00a0.']])).toHaveLength(1);
    expect(check('spacing.before-punctuation', 'en', [[ZH_MEETING, 'Did he attend the meeting ?']])).toHaveLength(1);
  });
  it('leaves ellipses, dashes, decimals without a zero, code, tag tokens and scores alone', () => {
    const fine = [
      'He paused ... and then went on.',
      "'Tomorrow . . . tomorrow I'll take you on again . . .'",
      'He attended the meeting - and left.',
      'The police found a .22 calibre rifle.',
      'Open the file `a .txt` and the .NET runtime.',
      'He attended the meeting ⟦1⟧ .',
      'The match ended 2 : 1.',
      EN_OPENING,
    ];
    for (const en of fine) expect(check('spacing.before-punctuation', 'en', [[ZH_MEETING, en]]), en).toEqual([]);
  });
  it('accepts a space the source has before the same mark in a Latin quotation', () => {
    const zh = '他问道：“Qu’est-ce que c’est ?”';
    expect(check('spacing.before-punctuation', 'en', [[zh, 'He asked: “Qu’est-ce que c’est ?”']])).toEqual([]);
    expect(check('spacing.before-punctuation', 'en', [[zh, 'He asked : “Qu’est-ce que c’est ?”']])).toHaveLength(1);
  });
});

describe('punctuation.capital', () => {
  it('reports a sentence opening in lower case after a sentence that ended, in English and Russian', () => {
    const [f, ...rest] = check('punctuation.capital', 'en', [[ZH_OPENING, EN_OPENING], [ZH, 'the two sides agreed to strengthen cooperation.']]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.target?.range).toEqual({ sentence: 'en-s1', start: 0, end: 1 });
    expect(check('punctuation.capital', 'ru', [[ZH, 'стороны договорились укреплять сотрудничество.']])).toHaveLength(1);
    // Two sentences of one bead: the second one.
    expect(check('punctuation.capital', 'en', [[['双方举行会谈。', ZH], ['The two sides held talks.', 'they agreed to strengthen cooperation.']]])).toHaveLength(1);
  });
  it('leaves alone paragraphs after a comma, semicolon or colon (UN resolutions), lists, brands, digits, headings', () => {
    expect(check('punctuation.capital', 'ru', [['安全理事会，', 'Совет Безопасности,'], ['回顾其以往各项决议。', 'ссылаясь на свои предыдущие резолюции.']])).toEqual([]);
    expect(check('punctuation.capital', 'ru', [['决定：', 'постановляет:'], ['继续积极处理此案。', 'продолжать активно заниматься этим вопросом.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [['会议决定：', 'The meeting decided to:'], ['注意到该报告。', '(a) take note of the report.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [[ZH_OPENING, EN_OPENING], ['苹果发布了新款手机。', 'iPhone sales rose again.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [[ZH_OPENING, EN_OPENING], ['易贝公司表示同意。', 'eBay said it agreed.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [[ZH_OPENING, EN_OPENING], ['百分之五的人同意。', '5 per cent agreed.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [[ZH_OPENING, EN_OPENING], ['一、总则', 'general provisions']], [1])).toEqual([]);
    // The source does not end a sentence: a fragment, not checked.
    expect(check('punctuation.capital', 'en', [[ZH_OPENING, EN_OPENING], ['双方同意加强合作', 'the two sides agreed to strengthen cooperation']])).toEqual([]);
  });
  it('knows every abbreviation the speller knows, in any case, as a cut the next line continues', () => {
    // Lines cut after «сент.», "para.", "Dr." (the spelling's list) go on in lower case.
    expect(check('punctuation.capital', 'ru', [['会议于2015年9月', 'Совещание состоялось 25 сент.'], ['在纽约举行。', 'в Нью-Йорке.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [['见报告第', 'See the report, para.'], ['第5段。', 'five of the annex.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [['见报告等。', 'The reports, papers etc.'], ['都已提交。', 'were all submitted.']])).toEqual([]);
    expect(check('punctuation.capital', 'ru', [['包括粮食等。', 'Включая продовольствие и т. д.'], ['都已运抵。', 'все было доставлено.']])).toEqual([]);
    expect(check('punctuation.capital', 'en', [['例如粮食。', 'Aid, e.g.'], ['粮食已运抵。', 'food has arrived.']])).toEqual([]);
    // A word that only ends like one is no abbreviation.
    expect(check('punctuation.capital', 'en', [[ZH_MEETING, 'He attended the meeting of the Secretariat.'], [ZH, 'the two sides agreed to strengthen cooperation.']])).toHaveLength(1);
  });
  it('reads a sentence ended before its footnote’s number as ended', () => {
    expect(check('punctuation.capital', 'en', [[ZH_MEETING, 'He attended the meeting.¹'], [ZH, 'the two sides agreed to strengthen cooperation.']])).toHaveLength(1);
    expect(check('punctuation.capital', 'ru', [[ZH_MEETING, 'Он присутствовал на встрече.²'], [ZH, 'стороны договорились укреплять сотрудничество.']])).toHaveLength(1);
  });
});

describe('links.mismatch', () => {
  it('reports a web address or e-mail address changed, once, on the translation’s address', () => {
    const en = 'For details, please visit www.fmprc.gov.com.';
    const [f, ...rest] = check('links.mismatch', 'en', [['详情请访问www.fmprc.gov.cn。', en]]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('www.fmprc.gov.cn');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.indexOf('www'), end: en.length - 1 });
    expect(check('links.mismatch', 'ru', [['请联系info@un.org。', 'Обращайтесь по адресу info@un.int.']])).toHaveLength(1);
    expect(check('links.mismatch', 'en', [['详情请访问外交部网站。', 'For details, visit www.fmprc.gov.cn.']])).toHaveLength(1);
    expect(check('links.mismatch', 'en', [['详情请访问www.fmprc.gov.cn。', 'For details, visit the ministry’s website.']])).toHaveLength(1);
  });
  it('accepts the same address with the host in another case, without the scheme, or in full-width letters', () => {
    expect(check('links.mismatch', 'en', [['详情请访问www.fmprc.gov.cn。', 'For details, visit www.FMPRC.gov.cn.']])).toEqual([]);
    expect(check('links.mismatch', 'en', [['详情请访问http://www.fmprc.gov.cn/web/。', 'For details, visit www.fmprc.gov.cn/web.']])).toEqual([]);
    expect(check('links.mismatch', 'en', [['详情请访问ｗｗｗ．ｆｍｐｒｃ．ｇｏｖ．ｃｎ。', 'For details, visit www.fmprc.gov.cn.']])).toEqual([]);
    expect(check('links.mismatch', 'ru', [['请联系info@un.org或访问un.org。', 'Обращайтесь по адресу info@un.org или на сайт un.org.']])).toEqual([]);
  });
  it('cuts an address where the Latin letters end', () => {
    expect(addressesIn('详情请访问www.fmprc.gov.cn。详情').map((a) => a.text)).toEqual(['www.fmprc.gov.cn']);
    expect(addressesIn('见https://www.un.org/zh/about-us，了解').map((a) => a.text)).toEqual(['https://www.un.org/zh/about-us']);
    expect(addressesIn('e.g. the U.S. and Node.js, at 3.5 per cent').map((a) => a.text)).toEqual([]);
    expect(addressesIn('网站www.blairwitch.com1999年1月').map((a) => a.text)).toEqual(['www.blairwitch.com']);
  });
  it('takes a bare domain the source does not write as a company’s name', () => {
    expect(check('links.mismatch', 'en', [['亚马逊什么都卖。', 'You name it, Amazon.com will sell it.']])).toEqual([]);
    expect(check('links.mismatch', 'en', [['请访问un.org。', 'Please visit un.int.']])).toHaveLength(1);
  });
});
