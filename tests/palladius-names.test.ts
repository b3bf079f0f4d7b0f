/**
 * Chinese names into Russian: the aligner's name channel and the completeness verdicts' words find
 * 习近平, 上海, 王毅 in Си Цзиньпин, Шанхае, Ван И through the Palladius spelling of their pinyin
 * (core/text/palladius.ts), with the zh→ru lexicon's pinyin column (scripts/build-lexicon-ru.mjs).
 */
import { describe, expect, it } from 'vitest';
import { alignDocs } from '../core/align';
import { prepareTerms, sourceEvidence } from '../core/align/source-units';
import { targetTokens } from '../core/align/target-tokens';
import { isCovered, sourceWords, targetKeys, type SourceWord } from '../core/align/verdict/source-words';
import { isRomanizedChineseName } from '../core/spelling/chinese-names';
import { importPresegmented } from '../core/text';
import { palladius, palladiusForms, palladiusOfReading } from '../core/text/palladius';
import { loadLexicon } from '../services/lexicon';

const ru = loadLexicon('ru');

/** The name keys the source sentence offers that the translation shows. */
function matchedNames(zh: string, target: string): string[] {
  const shown = new Set(targetTokens(target, 'ru').filter((t) => t.kind === 'name').map((t) => t.key));
  return sourceEvidence(zh, 'ru', ru, prepareTerms(undefined, 'ru')).nameKeys.filter((k) => shown.has(k));
}

/** A verdict word found in the translation through its name keys alone (its dictionary stems set aside). */
function coveredByName(word: SourceWord, target: string): boolean {
  return isCovered({ ...word, keys: word.keys.filter((k) => k.startsWith('@')) }, targetKeys([target], 'ru'));
}

describe('Palladius spelling', () => {
  it('spells pinyin syllables by the system, with its special cases', () => {
    expect(['xi', 'jin', 'ping', 'zi', 'ci', 'si', 'zhi', 'shi', 'ri', 'hui', 'gui', 'xue', 'quan', 'lv', 'er'].map(palladius)).toEqual([
      'си', 'цзинь', 'пин', 'цзы', 'цы', 'сы', 'чжи', 'ши', 'жи', 'хуэй', 'гуй', 'сюэ', 'цюань', 'люй', 'эр',
    ]);
    expect(palladius('r')).toBeUndefined();
  });

  it('gives a proper name its parts and the whole', () => {
    expect(palladiusOfReading('xi_jin-ping')).toEqual(['си', 'цзиньпин', 'сицзиньпин']);
    expect(palladiusOfReading('shang-hai')).toEqual(['шанхай']);
    expect(palladiusOfReading('wang_yi')).toEqual(['ван', 'и', 'вани']);
  });

  it('reads a Russian case ending off a Palladius name, and nothing off a Russian word', () => {
    expect(palladiusForms('шанхае')).toContain('шанхай');
    expect(palladiusForms('цзиньпином')).toContain('цзиньпин');
    expect(palladiusForms('синьцзяне')).toContain('синьцзян');
    expect(palladiusForms('цинъян')).toEqual(['цинян']);
    expect(palladiusForms('москва')).toEqual([]);
    expect(palladiusForms('председатель')).toEqual([]);
  });

  it('leaves the speller accepting the same names', () => {
    expect(isRomanizedChineseName('Цзиньпином')).toBe(true);
    expect(isRomanizedChineseName('Хуэй')).toBe(true);
    expect(isRomanizedChineseName('Москва')).toBe(false);
  });
});

describe('Chinese names into Russian as evidence', () => {
  const zh = '习近平主席在上海会见了王毅。';
  const target = 'Председатель Си Цзиньпин встретился в Шанхае с Ван И.';

  it('matches the names of the dictionary in their Russian cases, and a name in two words', () => {
    expect(matchedNames(zh, target)).toEqual(expect.arrayContaining(['@си', '@цзиньпин', '@шанхай', '@ван', '@вани']));
    expect(matchedNames('习近平会见了他。', 'Он встретился с Си Цзиньпином.')).toEqual(expect.arrayContaining(['@цзиньпин', '@сицзиньпин']));
  });

  it('matches a name the dictionary lacks, read one character at a time', () => {
    expect(matchedNames('陈清扬来了。', 'Пришёл Чэнь Цинян.')).toEqual(expect.arrayContaining(['@чэнь', '@цинян']));
  });

  it('counts the names found in the completeness verdicts, by the same rule', () => {
    const words = sourceWords(zh, 'ru', ru);
    for (const name of ['习近平', '上海', '王毅']) {
      const word = words.find((w) => w.text === name);
      expect(word, name).toBeDefined();
      expect(coveredByName(word!, target), name).toBe(true);
      // A translation that leaves the names out does not show them.
      expect(coveredByName(word!, 'Председатель встретился с министром в городе.'), name).toBe(false);
    }
  });

  it('matches no name where the translation renders a word, not a name', () => {
    // 中国 is Китай, 一带一路 the Belt and Road: their pinyin spelled in Palladius is in no Russian text.
    expect(matchedNames('中国支持一带一路。', 'Китай поддерживает инициативу «Один пояс, один путь».')).toEqual([]);
    // A common word keeps no name reading though CC-CEDICT also lists it as a town (成功, Чэнгун).
    expect(ru.entries.get('成功')?.pinyin).toEqual([]);
    expect(matchedNames('他成功了。', 'Чэнгун добился успеха.')).toEqual([]);
  });
});

describe('aligning a Chinese-origin text into Russian by its names', () => {
  it('pairs sentences whose only shared evidence is their names, around a dropped one', () => {
    // Short news sentences: the pivot lexicon renders few of their words, the names carry them.
    // The translation leaves out the second sentence.
    const zh = ['王毅今天会见了李克强。', '习近平主席昨天访问了上海。', '陈清扬随后去了新疆。', '王毅在北京会见了他。', '邓小平曾多次访问深圳。', '汪洋在武汉发表讲话。'];
    const target = ['Ван И сегодня встретился с Ли Кэцяном.', 'Чэнь Цинян затем отправился в Синьцзян.', 'Ван И принял его в Пекине.', 'Дэн Сяопин неоднократно бывал в Шэньчжэне.', 'Ван Ян выступил в Ухане.'];
    const { beads } = alignDocs(importPresegmented(zh.join('\n'), 'zh'), importPresegmented(target.join('\n'), 'ru'), { lexicon: ru });
    const beadOf = (t: number) => beads.find((b) => b.tgt.includes(`ru-s${t}`))!;
    expect(beadOf(0).src).toEqual(['zh-s0']);
    expect(beadOf(1).src).toContain('zh-s2');
    expect(beadOf(2).src).toEqual(['zh-s3']);
    expect(beadOf(3).src).toEqual(['zh-s4']);
    expect(beadOf(4).src).toEqual(['zh-s5']);
  });
});
