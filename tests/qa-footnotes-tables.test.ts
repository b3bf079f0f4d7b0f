/**
 * UN reports carry footnotes and tables. Copied as plain text, a footnote's superscript number
 * becomes a digit glued to the word or mark before it ("information.1", "billion,2"), the Chinese
 * marks it ① or ², and a table's cells are split by tabs. None of it is a wrong number, an open
 * sentence or a wrapped paragraph; a changed figure in the same places still is. (And a count of
 * times, 三次, given as another: "twice", «дважды».)
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { cleanText } from '../core/text/clean';
import { makeProject } from './fixtures/qa/make-project';

const findings = (zh: string | string[], target: string | string[], lang: 'en' | 'ru' = 'en') =>
  runChecks(makeProject({ [lang]: [[zh, target]] })).map((f) => `${f.check}: ${f.message}`);

describe('footnote references', () => {
  it('a footnote number kept as a plain digit is no stray figure, and the sentence is still closed', () => {
    expect(findings('截至2024年6月30日，共有42个会员国提交了资料①。', 'As at 30 June 2024, 42 Member States had submitted information.1')).toEqual([]);
    expect(findings('2023年，官方发展援助总额为2,237亿美元²，比2022年增长1.8%。', 'In 2023, official development assistance amounted to $223.7 billion,2 an increase of 1.8 per cent over 2022.')).toEqual([]);
    expect(findings('本报告是根据大会第78/123号决议[1]提交的。', 'The present report is submitted pursuant to General Assembly resolution 78/123,[1] as requested.')).toEqual([]);
    expect(findings('截至2024年6月30日，共有42个会员国提交了资料①。', 'По состоянию на 30 июня 2024 года информацию представили 42 государства-члена.¹', 'ru')).toEqual([]);
  });

  it('the footnote itself: its number answers the source’s ①', () => {
    expect(findings('① 见A/79/100号文件。', '1 See A/79/100.')).toEqual([]);
  });

  it('a changed figure beside a footnote number is still reported, and a decimal is no footnote', () => {
    expect(findings('截至2024年6月30日，共有42个会员国提交了资料①。', 'As at 30 June 2024, 24 Member States had submitted information.1')).toEqual([
      'numbers.mismatch: Number “42” in the source is not in the translation (which has “24”).',
    ]);
    expect(findings('增长率为3.1%。', 'The growth rate was 3.12')).toEqual([
      'numbers.mismatch: Number “3.1” in the source is not in the translation (which has “3.12”).',
      'punctuation.final: The translation has no final punctuation where the source ends the sentence.',
    ]);
  });
});

describe('tables and footnotes in plain text', () => {
  const paragraphs = (text: string, lang: 'zh' | 'en' | 'ru') => cleanText(text, lang).paragraphs.map((p) => p.text);

  it('a tab-separated row is a paragraph of its own, never joined as a wrapped line', () => {
    const zh = '表1\n各区域官方发展援助（十亿美元）\n区域\t2022年\t2023年\n非洲\t62.1\t64.5\n亚洲\t55.8\t57.2\n';
    expect(paragraphs(zh, 'zh')).toEqual(['表1各区域官方发展援助（十亿美元）', '区域\t2022年\t2023年', '非洲\t62.1\t64.5', '亚洲\t55.8\t57.2']);
    const en = 'Official development assistance by region (billions of United States dollars)\nRegion\t2022\t2023\nAfrica\t62.1\t64.5\n';
    expect(paragraphs(en, 'en')).toEqual(['Official development assistance by region (billions of United States dollars)', 'Region\t2022\t2023', 'Africa\t62.1\t64.5']);
  });

  it('footnotes of similar length are items, not one wrapped paragraph', () => {
    expect(paragraphs('[1] A/RES/78/123。\n① 见A/79/100号文件。\n', 'zh')).toEqual(['[1] A/RES/78/123。', '① 见A/79/100号文件。']);
    expect(paragraphs('(a) 注意到本报告；\n(b) 请会员国继续提供资料。\n', 'zh')).toEqual(['(a) 注意到本报告；', '(b) 请会员国继续提供资料。']);
  });

  it('an annex’s items after its heading are items too, in every language', () => {
    const en = 'Annex\n(i) Phase one: for a period of 42 days;\n(ii) Phase two: a permanent end to hostilities;\n(iii) Phase three: a reconstruction plan.\n';
    expect(paragraphs(en, 'en')).toEqual(['Annex', '(i) Phase one: for a period of 42 days;', '(ii) Phase two: a permanent end to hostilities;', '(iii) Phase three: a reconstruction plan.']);
    const ru = 'Приложение\ni) первый этап: продолжительностью 42 дня;\nii) второй этап: окончательное прекращение военных действий;\niii) третий этап: план восстановления.\n';
    expect(paragraphs(ru, 'ru')).toHaveLength(4);
  });

  it('a hard-wrapped paragraph whose line happens to start with a number is still joined', () => {
    const en =
      'The Assembly decided to convene the conference in Nairobi on 12 May 2025 and requested the\n' +
      '2 committees to report on the preparations to the General Assembly at its eightieth session\n' +
      'through the Economic and Social Council, and to keep the matter under review at all times.\n';
    expect(paragraphs(en, 'en')).toHaveLength(1);
  });
});

describe('how many times', () => {
  it('三次 rendered "twice" / «дважды» is a changed number; «трижды» renders it', () => {
    expect(findings('外长今年已经三次会晤。', 'The foreign ministers have met twice this year.')).toEqual([
      'numbers.mismatch: Number “三” in the source is not in the translation (which has “twice”).',
    ]);
    expect(findings('外长今年已经三次会晤。', 'Министры иностранных дел в этом году встречались уже дважды.', 'ru')).toEqual([
      'numbers.mismatch: Number “三” in the source is not in the translation (which has “дважды”).',
    ]);
    expect(findings('外长今年已经三次会晤。', 'Министры иностранных дел в этом году встречались уже трижды.', 'ru')).toEqual([]);
    expect(findings('外长今年已经两次会晤。', 'The foreign ministers have met twice this year.')).toEqual([]);
  });
});

describe('a sentence pasted twice', () => {
  it('the copy in the same bead is reported as an addition; a repeat the source makes too is not', () => {
    expect(findings('双方同意加强合作。', ['The two sides agreed to strengthen cooperation.', 'The two sides agreed to strengthen cooperation.'])).toEqual([
      'completeness.addition: Target “The two sides agreed to strengthen coop…” repeats the sentence before it; the source says it once.',
    ]);
    expect(findings('双方同意加强合作。', ['Стороны договорились укреплять сотрудничество.', 'Стороны договорились  укреплять сотрудничество'], 'ru').filter((f) => f.startsWith('completeness.'))).toHaveLength(1);
    expect(findings(['谢谢！', '谢谢！'], ['Thank you!', 'Thank you!'])).toEqual([]);
    expect(findings(['双方同意加强合作。', '双方同意加强合作。'], ['The two sides agreed to strengthen cooperation.', 'The two sides agreed to strengthen cooperation.'])).toEqual([]);
  });
});

describe('twice as much', () => {
  it('"twice" for 多一倍 is no changed count', () => {
    expect(findings('预计网上消费额在2000年将比1998年多一倍以上。', 'They are expected to spend more than twice as much in 2000 as in 1998.')).toEqual([]);
    expect(findings('预计网上消费额在2000年将比1998年多一倍以上。', 'They are expected to spend more than twice as much in 2000.')).toEqual([
      'numbers.mismatch: Number “1998” in the source is not in the translation.',
    ]);
  });
});
