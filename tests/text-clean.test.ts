/**
 * Clean-up of the two real, noisy Chinese statements in samples/ (what is flagged, on which
 * line, and that no real sentence is lost), plus fixture pairs tests/fixtures/text/<case>.txt →
 * <case>.json for hard wraps, hyphenated words, page breaks and markers in en/ru/zh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang, NoiseKind } from '../core/model/types';
import { cleanText, foldWidth } from '../core/text';

const sample = (name: string): string => readFileSync(join(__dirname, '..', 'samples', name), 'utf8');
const JOINT = sample('joint-statement-2025-05-08.zh.txt');
const STABILITY = sample('strategic-stability-2025-05-08.zh.txt');

const flagsOf = (text: string, kind: NoiseKind) => cleanText(text, 'zh').flags.filter((f) => f.kind === kind);

describe('cleanText on the joint statement sample', () => {
  const result = cleanText(JOINT, 'zh');

  it('flags the page-continuation marker "(下转第6版)" on line 199 and excludes it', () => {
    const [marker, ...others] = flagsOf(JOINT, 'page-marker');
    expect(others).toHaveLength(0);
    expect(marker!.line).toBe(199);
    expect(result.text.slice(marker!.span.start, marker!.span.end)).toBe('(下转第6版)');
    expect(result.paragraphs.find((p) => p.text === '(下转第6版)')!.excluded).toBe('page-marker');
  });

  it('rejoins the two paragraphs cut by page breaks mid-word (纪|念 on line 51, 科技|发展 on line 107)', () => {
    const joins = flagsOf(JOINT, 'broken-word');
    expect(joins.map((f) => f.line)).toEqual([51, 107]);
    expect(joins.map((f) => result.text.slice(f.span.start, f.span.end))).toEqual(['纪念', '技发']);
    const memorial = result.paragraphs.find((p) => p.line === 49)!;
    expect(memorial.text).toMatch(/^中方重视并精心维护在抗日战争中牺牲的苏军烈士纪念设施,俄方对此高度评价。/);
    expect(result.paragraphs.some((p) => p.line === 51 || p.line === 107)).toBe(false);
  });

  it('excludes the repeated paragraphs (lines 139–145) and keeps their first copies (135, 137)', () => {
    const dupes = flagsOf(JOINT, 'duplicate-paragraph');
    expect(dupes.map((f) => f.line)).toEqual([139, 141, 143, 145]);
    expect(dupes[0]!.message).toContain('line 135');
    expect(dupes[1]!.message).toContain('line 137');
    expect(result.paragraphs.find((p) => p.line === 135)!.excluded).toBeUndefined();
  });

  it('marks the title and the eight section numerals 一 … 八 as headings, kept in the text', () => {
    const headings = result.paragraphs.filter((p) => p.heading);
    expect(headings.map((p) => p.text.slice(0, 12))).toEqual(['中华人民共和国和俄罗斯联', '一', '二', '三', '四', '五', '六', '七', '八']);
    expect(headings.every((p) => !p.excluded)).toBe(true);
  });

  it('loses no text: every non-blank input line is in the cleaned text', () => {
    for (const line of JOINT.split('\n').map((l) => l.trim()).filter(Boolean)) {
      // Lines rejoined across a page break are checked by their own test; all others appear whole.
      expect(result.text.includes(line)).toBe(true);
    }
  });

  it('reports paragraph starts that index into the cleaned text', () => {
    for (const p of result.paragraphs) expect(result.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
});

describe('cleanText on the strategic stability sample', () => {
  const result = cleanText(STABILITY, 'zh');

  it('marks the first title as heading and flags the duplicated title line once', () => {
    expect(result.paragraphs[0]!.heading).toBe(true);
    const dupes = flagsOf(STABILITY, 'duplicate-paragraph');
    expect(dupes).toHaveLength(1);
    expect(dupes[0]!.line).toBe(2);
    expect(result.paragraphs[1]!.excluded).toBe('duplicate-paragraph');
  });

  it('keeps one paragraph per line for the 25 body paragraphs and the date line', () => {
    const body = result.paragraphs.filter((p) => !p.excluded && !p.heading);
    expect(body).toHaveLength(26);
    expect(body.map((p) => p.line)).toEqual(Array.from({ length: 26 }, (_, i) => i + 3));
    expect(body[25]!.text).toBe('2025年5月8日于莫斯科');
  });

  it('excludes the 84 scraped link lines and the reposting notice at the end (lines 29–113)', () => {
    const junk = result.paragraphs.filter((p) => p.excluded === 'trailing-junk');
    expect(junk).toHaveLength(85);
    expect(junk[0]!.line).toBe(29);
    expect(junk[84]!.text).toMatch(/^本文 快租网 原创,转载保留链接!网址:https:/);
    const flags = flagsOf(STABILITY, 'trailing-junk');
    expect(flags[0]!.line).toBe(29);
    expect(flags[0]!.message).toContain('lines 29–113');
    expect(result.text.slice(flags[0]!.span.start, flags[0]!.span.end)).toMatch(/^- • 《偷星九月天》[\s\S]*青春不散场\n\n本文 快租网/);
  });

  it('does not touch real text: all 25 statement paragraphs are kept verbatim', () => {
    const lines = STABILITY.split('\n').slice(2, 27);
    for (const line of lines) expect(result.paragraphs.some((p) => p.text === line && !p.excluded)).toBe(true);
  });
});

interface CleanFixture {
  lang: Lang;
  paragraphs: { line: number; text: string; excluded?: NoiseKind; heading?: boolean }[];
  flags: { kind: NoiseKind; line: number }[];
}

describe('cleanText fixtures', () => {
  const dir = join(__dirname, 'fixtures', 'text');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as CleanFixture;
      const result = cleanText(readFileSync(join(dir, file), 'utf8'), expected.lang);
      expect(
        result.paragraphs.map((p) => ({ line: p.line, text: p.text, ...(p.excluded ? { excluded: p.excluded } : {}), ...(p.heading ? { heading: true } : {}) })),
      ).toEqual(expected.paragraphs);
      expect(result.flags.map((f) => ({ kind: f.kind, line: f.line }))).toEqual(expected.flags);
    });
  }
});

describe('cleanText undoes hard wrapping of the real samples', () => {
  const wrapByWidth = (text: string, width: number): string =>
    text
      .split('\n')
      .map((line) => line.match(new RegExp(`.{1,${width}}`, 'gu'))?.join('\n') ?? line)
      .join('\n');
  const wrapAtSpaces = (text: string, width: number): string =>
    text
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let current = '';
        for (const word of line.split(' ')) {
          if (current && `${current} ${word}`.length > width) {
            out.push(current);
            current = word;
          } else current = current ? `${current} ${word}` : word;
        }
        out.push(current);
        return out.join('\n');
      })
      .join('\n');

  for (const width of [30, 36, 45]) {
    it(`Chinese wrapped every ${width} characters (numbers cut in two included)`, () => {
      const expected = cleanText(JOINT, 'zh').paragraphs.map((p) => p.text);
      expect(cleanText(wrapByWidth(JOINT, width), 'zh').paragraphs.map((p) => p.text)).toEqual(expected);
    });
  }

  for (const [lang, width] of [['en', 60], ['en', 80], ['ru', 72]] as const) {
    it(`${lang} wrapped at spaces to ${width} columns`, () => {
      const text = sample(`strategic-stability-2025-05-08.${lang}.txt`);
      const expected = cleanText(text, lang).paragraphs.map((p) => p.text);
      expect(cleanText(wrapAtSpaces(text, width), lang).paragraphs.map((p) => p.text)).toEqual(expected);
    });
  }
});

describe('cleanText details', () => {
  it('normalises CRLF input before cleaning, with the same line numbers', () => {
    const lf = cleanText(STABILITY, 'zh');
    const crlf = cleanText(STABILITY.replace(/\n/g, '\r\n'), 'zh');
    expect(crlf.text).toBe(lf.text);
    expect(crlf.flags).toEqual(lf.flags);
  });

  it('flags mis-decoded characters without removing them', () => {
    const result = cleanText('双方重申\uFFFD原则。\n\nThe two sides â€œagreeâ€.', 'zh');
    const flags = result.flags.filter((f) => f.kind === 'mis-decoded');
    expect(flags.map((f) => f.line)).toEqual([1, 3, 3]);
    expect(result.text).toContain('\uFFFD');
  });

  it('does not take accented letters before punctuation for mojibake', () => {
    const result = cleanText('Le communiqué… a été publié à Paris — « très » important; São Paulo, Zürich.', 'en');
    expect(result.flags.filter((f) => f.kind === 'mis-decoded')).toEqual([]);
  });

  it('splits a page marker that shares a line with text into its own paragraph', () => {
    const result = cleanText('双方声明如下:\n双方强调,将继续在搜寻烈士遗骸等方面开展合作(下转第2版)\n(上接第1版)并完善相关法律法规。', 'zh');
    expect(result.paragraphs.map((p) => p.excluded ?? p.text)).toEqual([
      '双方声明如下:',
      '双方强调,将继续在搜寻烈士遗骸等方面开展合作并完善相关法律法规。',
      'page-marker',
      'page-marker',
    ]);
    expect(result.flags.filter((f) => f.kind === 'page-marker').map((f) => f.line)).toEqual([2, 3]);
  });

  it('returns no paragraphs for blank input', () => {
    expect(cleanText(' \n\n\u3000\n', 'zh').paragraphs).toEqual([]);
  });
});

describe('foldWidth', () => {
  it('folds full-width ASCII forms and the ideographic space, one unit for one unit', () => {
    const text = '（ＷＴＯ）２０２５年！\u3000“双方”。';
    const folded = foldWidth(text);
    expect(folded).toBe('(WTO)2025年! “双方”。');
    expect(folded.length).toBe(text.length);
  });

  it('maps every offset 1:1 on the real sample', () => {
    const folded = foldWidth(JOINT);
    expect(folded.length).toBe(JOINT.length);
    for (let i = 0; i < JOINT.length; i++) {
      const c = JOINT.charCodeAt(i);
      if (c < 0xff01 || c > 0xff5e) {
        if (c !== 0x3000) expect(folded.charCodeAt(i)).toBe(c);
      }
    }
  });
});
