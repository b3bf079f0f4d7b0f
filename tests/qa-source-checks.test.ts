import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { findDoubledCharacters } from '../core/qa/checks/source-doubled-character';
import { sourceProject } from './fixtures/qa/make-project';

/** Real source sentences; the noisy ones are exactly as they appear in samples/joint-statement-2025-05-08.zh.txt. */
const STRAY = '双方将坚定支持对方维护本国主权、领土完整、安全 and 稳定,坚决反对外部势力干涉两国内政。';
const DOUBLED_CHAR = '双方重申反对个别别国家将外空界定并用于“作战疆域”,倡导各国和平利用外空。';
const DOUBLED_WORD = '双方重申,中俄两军保持紧密关系具有特殊意义,有助于两国更加有效应对各种挑战,加强军事军事互信。';
const CLEAN = '双方强调维持建设性大国关系对解决全球战略性问题的重要性。';

const byCheck = (paragraphs: string[][], id: string) => runChecks(sourceProject(paragraphs)).filter((f) => f.check === id);

describe('source.stray-latin', () => {
  it('points at an English word inside Chinese, and leaves acronyms and names alone', () => {
    const [f, ...rest] = byCheck([[STRAY]], 'source.stray-latin');
    expect(rest).toEqual([]);
    expect(f?.source?.range).toEqual({ sentence: 'zh-s0', start: STRAY.indexOf('and'), end: STRAY.indexOf('and') + 3 });
    expect(f?.lang).toBeNull();
    expect(byCheck([['二十国集团(G20)和亚太经合组织(APEC)框架内的合作,包括OpenAI等企业。'], [CLEAN]], 'source.stray-latin')).toEqual([]);
  });
});

describe('source.doubled-character', () => {
  it('finds 个别别 and 军事军事 at the right offsets', () => {
    const [a] = byCheck([[DOUBLED_CHAR]], 'source.doubled-character');
    expect(a?.source?.range).toEqual({ sentence: 'zh-s0', start: DOUBLED_CHAR.indexOf('个别别'), end: DOUBLED_CHAR.indexOf('个别别') + 3 });
    const [b] = byCheck([[DOUBLED_WORD]], 'source.doubled-character');
    expect(b?.message).toContain('军事军事');
  });
  it('leaves legitimate reduplication and words that merely meet alone', () => {
    for (const ok of ['常常', '谢谢大家', '人人平等', '天天向上', '日日夜夜', '的的确确', '坚持人民民主', '尊重各国国情', '上海合作组织理事会会议', '英国央行行长']) {
      expect(findDoubledCharacters(ok), ok).toEqual([]);
    }
    expect(findDoubledCharacters('我们的的工作')).toHaveLength(1);
    expect(findDoubledCharacters('携手应对对世界经济构成的冲击')).toEqual([]);
  });
  it('leaves the reduplications the grammar makes of any word (literary prose), and still finds the slips', () => {
    for (const ok of [
      '凤姐儿道：“你去瞧瞧，要是有人就罢。”', // a verb, AA
      '轿夫的脚踏起一股股噗噗作响的尘土。', // 一AA of a measure word; a sound, AA
      '在一线一线阳光射进昏暗的轿内时，她心中的形象也渐渐清晰起来。', // 一A一A
      '房子破破烂烂的，他迷迷惑惑地站着。', // AABB of a two-character word
      '你不是讲每天都可看见谁谁的？', // a pronoun, AA
    ]) {
      expect(findDoubledCharacters(ok), ok).toEqual([]);
    }
    expect(findDoubledCharacters('我们的的工作')).toHaveLength(1);
    expect(findDoubledCharacters('双方重申反对个别别国家将外空界定为作战疆域。').map((d) => d.text)).toEqual(['个别别']);
    // ABAB is still reported: a verb's (收拾收拾) cannot be told from a noun typed twice (军事军事) without parts of speech.
    expect(findDoubledCharacters('咱们明日便去扬州，让她收拾收拾。').map((d) => d.text)).toEqual(['收拾收拾']);
  });
  it('tells a doubled preposition that is a slip from one that opens a modifier', () => {
    // The sample's own slip (joint statement, section 七).
    const slip = '双方将继续携手应对对世界经济下行压力,推动更多全球南方国家参与国际和地区贸易。';
    expect(findDoubledCharacters(slip).map((d) => d.text)).toEqual(['应对对']);
  });
  it('stays silent on the clean paragraphs of the sample statements', () => {
    expect(byCheck([[CLEAN], ['在第二次世界大战胜利和联合国成立80周年之际,中华人民共和国和俄罗斯联邦强调维护和巩固全球战略稳定极其重要。']], 'source.doubled-character')).toEqual([]);
  });
});

describe('source.duplicate-paragraph', () => {
  it('reports the second copy of a paragraph, not the first, and not short repeats', () => {
    const title = '中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明';
    const [f, ...rest] = byCheck([[title], [title], ['一'], ['一'], [CLEAN]], 'source.duplicate-paragraph');
    expect(rest).toEqual([]);
    expect(f?.source?.para).toBe(1);
    expect(f?.message).toContain('paragraph 1');
  });
});

describe('source.cleanup-flag', () => {
  it('reports what the clean-up flagged, at the sentence whose span holds it, and skips structural flags', () => {
    const project = sourceProject([[CLEAN]], [
      { kind: 'page-marker', message: 'Page-continuation marker “(下转第6版)” removed', span: { start: 5, end: 12 }, line: 40 },
      { kind: 'heading', message: 'Section number', span: { start: 0, end: 1 } },
    ]);
    const first = project.source.paragraphs[0]?.sentences[0];
    if (first) first.span = { start: 0, end: CLEAN.length };
    const findings = runChecks(project).filter((f) => f.check === 'source.cleanup-flag');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.message).toContain('line 40');
    expect(findings[0]?.source?.sentences).toEqual(['zh-s0']);
  });
});
