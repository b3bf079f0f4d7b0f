/**
 * A found word of a bead member whose rendering a mate's found word shares (比赛 and 竞赛 both give
 * «соревнование») proves only that one of them is translated, not which: when the translation shows
 * that rendering once, neither member counts it (bead-verdict.ts, ownSourceCounts). Before, a
 * dropped sentence that repeated its neighbour's topic in other words looked translated.
 */
import { describe, expect, it } from 'vitest';
import { documentVerdicts, ownSourceCounts } from '../core/align/verdict/bead-verdict';
import { renderingCounts } from '../core/align/verdict/missing-part';
import { isCovered, sourceWords, targetKeys, targetWords } from '../core/align/verdict/source-words';
import { loadLexicon } from '../services/lexicon';
import { fixtureLines } from './align-helpers';

const ru = loadLexicon('ru');

/** Member counts of a bead of `sources` against the translation `target`. */
function countsOf(sources: string[], target: string) {
  const words = sources.map((s) => sourceWords(s, 'ru', ru));
  const keys = targetKeys([target], 'ru');
  const shown = renderingCounts(targetWords(target, 'ru'));
  return ownSourceCounts((i) => words[i]!, sources.map((_, i) => i), (w) => isCovered(w, keys), (key) => shown.get(key) ?? (keys.has(key) ? 1 : 0));
}

describe('ownSourceCounts: words whose rendering two members share', () => {
  const mate = '运动员参加了比赛。';
  const other = '这次竞赛在周五举行。';

  it('one «соревнование» for 比赛 and 竞赛: neither member counts it as found', () => {
    const [m, o] = countsOf([mate, other], 'Спортсмены приняли участие в соревновании.');
    // 竞赛 (состязание, соревнование, спортивный…) is out of the second member's words; 次, 周五
    // (пятница) and 举行 are not shown: nothing found speaks for it.
    expect(o!.words - o!.uncovered).toBe(0);
    expect(o!.uncovered).toBe(3);
    // Out of the mate's words too, 比赛 (соревнование) and 运动员 (спортсмен: «спорт…» is 竞赛's as
    // well): they cannot say which of the two the target renders. 参加 (участие) stays.
    expect(m).toEqual({ words: 1, uncovered: 0, strong: { words: 0, uncovered: 0 } });
  });

  it('each shared rendering shown once for each of them (спорт…, участ…, соревнован…): both keep their words', () => {
    const [m, o] = countsOf([mate, other], 'Спортсмены приняли участие в соревновании. Участники спортивного соревнования встретились в пятницу.');
    expect(m).toEqual({ words: 3, uncovered: 0, strong: { words: 0, uncovered: 0 } });
    // 竞赛 and 周五 found; 次 and 举行 not.
    expect(o).toEqual({ words: 4, uncovered: 2, strong: { words: 0, uncovered: 0 } });
  });
});

describe('a dropped sentence that repeats its neighbour’s topic in other words', () => {
  // The strategic-stability statement's zh and ru lines (one sentence each, in order) give the
  // document's rates; two sentences of our own follow as a 2:1 bead whose second is not translated.
  const zh = fixtureLines('strategic-stability/zh.txt');
  const ruLines = fixtureLines('strategic-stability/ru.txt');
  const mate = '双方强调，维护全球战略稳定符合各国人民的共同利益。';
  const dropped = '这对各个国家的民众同样重要。';
  const translation = 'Стороны подчёркивают, что поддержание глобальной стратегической стабильности отвечает общим интересам народов всех стран.';

  const gapOfDropped = (target: string): number => {
    const src = [...zh, mate, dropped];
    const tgt = [...ruLines, target];
    const n = zh.length;
    const beads = [...zh.map((_, i) => ({ src: [i], tgt: [i] })), { src: [n, n + 1], tgt: [n] }];
    // The aligner's posterior held equal (and small, as for an absorbed sentence); lengths as counted characters.
    const gaps = { src: new Float64Array(src.length).fill(0.02), tgt: new Float64Array(tgt.length) };
    const input = { src, tgt, tgtLang: 'ru' as const, lexicon: ru, srcLength: src.map((s) => s.length), tgtLength: tgt.map((t) => t.length / 2), params: { lengthRatio: 2.2, lengthVariance: 12, randomSpread: 4 } };
    return documentVerdicts(input, beads, gaps).at(-1)!.gap![1]!;
  };

  it('is reported (probability ≥ 0.25, the hidden-gap bar) when only the shared rendering speaks for it', () => {
    expect(gapOfDropped(translation)).toBeGreaterThanOrEqual(0.25);
  });

  it('is cleared when the translation renders it too', () => {
    const both = `${translation} Для народов всех стран это одинаково важно.`;
    expect(gapOfDropped(both)).toBeLessThan(0.1);
  });
});
