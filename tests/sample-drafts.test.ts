import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built-in sample drafts are QA fixtures: every planted defect must be findable at exactly one
 * place, and everything else must be clean, or the QA checks would be judged against noise.
 * These tests read only files in the repo (samples/ and tests/fixtures/).
 */

const SAMPLES = join(__dirname, '..', 'samples');
const DOCS = ['strategic-stability', 'joint-statement'] as const;
const LANGS = ['en', 'ru'] as const;
const KINDS = [
  'omission', 'addition', 'number', 'date', 'glossary-forbidden', 'glossary-missing',
  'untranslated', 'punctuation-brackets', 'doubled-word', 'double-space',
] as const;

type DocName = (typeof DOCS)[number];
type TargetLang = (typeof LANGS)[number];

interface PlantedDefect {
  doc: DocName;
  lang: TargetLang;
  kind: (typeof KINDS)[number];
  expectedCheck: string;
  sourceExcerpt: string | null;
  targetExcerpt: string | null;
  note: string;
}

const fileName = (doc: DocName, lang: 'zh' | TargetLang): string => `${doc}-2025-05-08.${lang}.txt`;
const readBytes = (doc: DocName, lang: 'zh' | TargetLang): Uint8Array => readFileSync(join(SAMPLES, fileName(doc, lang)));
const readText = (doc: DocName, lang: 'zh' | TargetLang): string => new TextDecoder('utf-8', { fatal: true }).decode(readBytes(doc, lang));
const paragraphs = (text: string): string[] => text.replace(/\n$/, '').split('\n\n');
const count = (text: string, part: string): number => text.split(part).length - 1;

const defects: PlantedDefect[] = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'sample-defects.json'), 'utf8'));
const defectsIn = (doc: DocName, lang: TargetLang, kind?: PlantedDefect['kind']): PlantedDefect[] =>
  defects.filter((d) => d.doc === doc && d.lang === lang && (kind === undefined || d.kind === kind));

/** The text with every planted excerpt of the given kind cut out, so the rest can be checked clean. */
function withoutDefects(doc: DocName, lang: TargetLang, ...kinds: Array<PlantedDefect['kind']>): string {
  let text = readText(doc, lang);
  for (const d of defectsIn(doc, lang)) if (kinds.includes(d.kind) && d.targetExcerpt) text = text.replace(d.targetExcerpt, '¶');
  return text;
}

/**
 * Fixed terms that must be rendered the same way every time the source has them: Chinese, the
 * English form, and the Russian form as a pattern that allows case endings and е/ё.
 */
const FIXED_TERMS: ReadonlyArray<{ zh: string; en: RegExp; ru: RegExp }> = [
  { zh: '全面战略协作伙伴关系', en: /comprehensive strategic partnership of coordination/giu, ru: /всеобъемлющ\p{L}* партн[её]рств\p{L}* и стратегическ\p{L}* взаимодействи\p{L}*/giu },
  { zh: '冷战思维', en: /Cold War mentality/gu, ru: /менталитет\p{L}* холодной войны/giu },
  { zh: '零和博弈', en: /zero-sum game/gu, ru: /игр\p{L}* с нулевой суммой/giu },
  { zh: '不首先在外空部署武器', en: /no first placement of weapons in outer space/gu, ru: /неразмещени\p{L}* первыми оружия в космосе/giu },
  { zh: '不扩散核武器条约', en: /Treaty on the Non-Proliferation of Nuclear Weapons/gu, ru: /Договор\p{L}* о нераспространении ядерного оружия/gu },
  { zh: '禁止生物武器公约', en: /Biological Weapons Convention/gu, ru: /Конвенци\p{L}* о запрещении биологического и токсинного оружия/gu },
  { zh: '禁止化学武器公约', en: /Chemical Weapons Convention/gu, ru: /Конвенци\p{L}* о запрещении химического оружия/gu },
  { zh: '纽伦堡国际军事法庭', en: /International Military Tribunal at Nuremberg/gu, ru: /Международн\p{L}* военн\p{L}* трибунал\p{L}* в Нюрнберге/gu },
  { zh: '远东国际军事法庭', en: /International Military Tribunal for the Far East/gu, ru: /Международн\p{L}* военн\p{L}* трибунал\p{L}* для Дальнего Востока/gu },
];

const ZH_HEADINGS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_HEADINGS = ['I.', 'II.', 'III.', 'IV.', 'V.', 'VI.', 'VII.', 'VIII.', 'IX.', 'X.'];

/**
 * The lines of the Chinese source the drafts cover: everything before the first section heading
 * the English draft does not have (the joint statement is translated up to section 三).
 */
function translatedSourceLines(doc: DocName): string[] {
  const lines = readText(doc, 'zh').split('\n').map((l) => l.trim());
  const translatedSections = paragraphs(readText(doc, 'en')).filter((p) => EN_HEADINGS.includes(p)).length;
  const stop = lines.indexOf(ZH_HEADINGS[translatedSections] ?? '\u0000');
  return stop < 0 ? lines : lines.slice(0, stop);
}

describe('sample defects fixture', () => {
  it('lists 6 to 10 planted defects per target language, each well-formed', () => {
    for (const lang of LANGS) {
      const n = defects.filter((d) => d.lang === lang).length;
      expect(n, lang).toBeGreaterThanOrEqual(6);
      expect(n, lang).toBeLessThanOrEqual(10);
    }
    for (const d of defects) {
      expect(DOCS, JSON.stringify(d)).toContain(d.doc);
      expect(LANGS, JSON.stringify(d)).toContain(d.lang);
      expect(KINDS, JSON.stringify(d)).toContain(d.kind);
      expect(d.expectedCheck, JSON.stringify(d)).toMatch(/^[a-z]+\.[a-z-]+$/);
      expect(d.note.length, JSON.stringify(d)).toBeGreaterThan(10);
      // An omission has nothing to point at in the target; an addition has no source.
      expect(d.sourceExcerpt === null, JSON.stringify(d)).toBe(d.kind === 'addition');
      expect(d.targetExcerpt === null, JSON.stringify(d)).toBe(d.kind === 'omission');
    }
  });

  it.each(defects.map((d, i) => [i, d] as const))('defect %i: every excerpt occurs exactly once in the file it names', (_i, d) => {
    if (d.sourceExcerpt !== null) {
      expect(d.sourceExcerpt).toMatch(/\p{Script=Han}/u);
      expect(count(readText(d.doc, 'zh'), d.sourceExcerpt), `${fileName(d.doc, 'zh')}: ${d.sourceExcerpt}`).toBe(1);
    }
    if (d.targetExcerpt !== null) {
      expect(count(readText(d.doc, d.lang), d.targetExcerpt), `${fileName(d.doc, d.lang)}: ${d.targetExcerpt}`).toBe(1);
    }
  });
});

describe.each(DOCS)('%s drafts', (doc) => {
  it.each(LANGS)('%s is valid UTF-8 in NFC, without BOM or CR, one paragraph per line, blank line between', (lang) => {
    const bytes = readBytes(doc, lang);
    expect(bytes[0], 'BOM').not.toBe(0xef);
    const text = readText(doc, lang);
    expect(text.normalize('NFC') === text, 'NFC').toBe(true);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n') && !text.endsWith('\n\n'), 'ends with one newline').toBe(true);
    expect(text).not.toMatch(/\n\n\n/);
    for (const [i, p] of paragraphs(text).entries()) {
      expect(p.trim().length, `paragraph ${i + 1} is empty`).toBeGreaterThan(0);
      expect(p, `paragraph ${i + 1} is hard-wrapped or padded`).toMatch(/^\S(?:[^\n]*\S)?$/u);
    }
  });

  it('English and Russian have the same paragraphs: count, section headings and list items at the same places', () => {
    const en = paragraphs(readText(doc, 'en'));
    const ru = paragraphs(readText(doc, 'ru'));
    expect(ru.length).toBe(en.length);
    const shape = (ps: string[]): string[] => ps.map((p) => (/^[IVX]+\.$/.test(p) ? p : p.startsWith('— ') ? '—' : 'text'));
    expect(shape(ru)).toEqual(shape(en));
  });

  it('has a translated paragraph for every Chinese section heading and list item of the translated part', () => {
    const zhLines = translatedSourceLines(doc);
    const en = paragraphs(readText(doc, 'en'));
    const headings = en.filter((p) => EN_HEADINGS.includes(p));
    expect(headings).toEqual(EN_HEADINGS.slice(0, headings.length));
    expect(zhLines.filter((l) => ZH_HEADINGS.includes(l))).toEqual(ZH_HEADINGS.slice(0, headings.length));
    expect(en.filter((p) => p.startsWith('— ')).length).toBe(zhLines.filter((l) => l.startsWith('——')).length);
  });

  it('leaves no Chinese characters or Chinese punctuation except the planted defects', () => {
    for (const lang of LANGS) {
      const rest = withoutDefects(doc, lang, 'untranslated');
      expect(rest.match(/\p{Script=Han}+/gu) ?? [], `${lang}: Han`).toEqual([]);
      const brackets = defectsIn(doc, lang, 'punctuation-brackets').length;
      expect(count(rest, '《'), `${lang}: 《`).toBe(brackets);
      expect(count(rest, '》'), `${lang}: 》`).toBe(brackets);
      expect(rest.match(/[，。、；：？！（）【】「」『』〈〉～\u3000]/gu) ?? [], `${lang}: full-width`).toEqual([]);
    }
  });

  it('keeps the English draft free of Cyrillic and each draft in its own quotation style', () => {
    const en = readText(doc, 'en');
    const ru = readText(doc, 'ru');
    expect(en.match(/\p{Script=Cyrillic}+/gu) ?? []).toEqual([]);
    expect(en.match(/[«»„"]/gu) ?? []).toEqual([]);
    expect(ru.match(/[“”"]/gu) ?? []).toEqual([]);
    for (const [lang, text, open, close] of [['en', en, '“', '”'], ['ru', ru, '«', '»']] as const) {
      for (const [i, p] of paragraphs(text).entries()) {
        expect(count(p, open), `${lang} paragraph ${i + 1}: ${open}${close}`).toBe(count(p, close));
        expect(count(p, '('), `${lang} paragraph ${i + 1}: ()`).toBe(count(p, ')'));
      }
    }
  });

  it('has double spaces and doubled words only where planted', () => {
    for (const lang of LANGS) {
      expect(count(readText(doc, lang), '  '), lang).toBe(defectsIn(doc, lang, 'double-space').length);
      const rest = withoutDefects(doc, lang, 'double-space', 'doubled-word');
      expect(rest).not.toMatch(/ {2}/);
      const doubled = [...rest.matchAll(/(?<![\p{L}\p{N}'’-])(\p{L}+)\s+\1(?![\p{L}\p{N}'’-])/giu)].map((m) => m[0]);
      expect(doubled, lang).toEqual([]);
    }
  });

  it.each(LANGS)('%s renders every fixed term the way the glossary does, except where a glossary defect is planted', (lang) => {
    const zh = translatedSourceLines(doc).join('\n');
    const text = readText(doc, lang);
    for (const term of FIXED_TERMS) {
      const inSource = count(zh, term.zh);
      const planted = defectsIn(doc, lang).filter((d) => d.kind.startsWith('glossary-') && d.sourceExcerpt?.includes(term.zh)).length;
      const rendered = text.match(term[lang])?.length ?? 0;
      expect(rendered + planted, `${term.zh} (${inSource} in source, ${planted} planted)`).toBe(inSource);
    }
  });
});
