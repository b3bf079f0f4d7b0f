/**
 * Chinese names into English in the completeness verdicts' words: a name the dictionary lacks
 * (王琦瑶) is read one character at a time, and each character also takes the pinyin of the windows
 * it sits in, so "Wang Qiyao" shows it (core/align/verdict/source-words.ts, addSingleNameKeys), as
 * the aligner's name channel already reads it.
 */
import { describe, expect, it } from 'vitest';
import { isCovered, sourceWords, targetKeys, type SourceWord } from '../core/align/verdict/source-words';
import { loadLexicon } from '../services/lexicon';

const en = loadLexicon('en');

/** A verdict word found in the translation through its name keys alone (its dictionary stems set aside). */
function coveredByName(word: SourceWord, target: string): boolean {
  return isCovered({ ...word, keys: word.keys.filter((k) => k.startsWith('@')) }, targetKeys([target], 'en'));
}

describe('a Chinese name read one character at a time, into English', () => {
  const zh = '吴佩珍感觉到王琦瑶的回避，不由黯然神伤。';
  const words = sourceWords(zh, 'en', en);
  const name = ['王', '琦', '瑶'].map((c) => words.find((w) => w.text === c));

  it('the dictionary has no word for the name: its characters are single words', () => {
    for (const w of name) expect(w).toBeDefined();
  });

  it('is found where the translation writes the name in pinyin', () => {
    const target = 'Sensing that she was being avoided, Wu Peizhen felt heartbroken.';
    for (const w of name) expect(coveredByName(w!, `${target} Wang Qiyao had turned away.`), w!.text).toBe(true);
  });

  it('is not found where the translation names someone else or leaves the name out', () => {
    for (const w of name) {
      expect(coveredByName(w!, 'Sensing that Li Ming was avoiding her, Wu Peizhen felt heartbroken.'), w!.text).toBe(false);
      expect(coveredByName(w!, 'Sensing that she was being avoided, Wu Peizhen felt heartbroken.'), w!.text).toBe(false);
    }
  });

  it('does not take a capitalised stopword at the start of a sentence for a name', () => {
    // 河 reads he; "He" opens the sentence but is a stopword, not a name.
    const river = sourceWords('他跳进河里。', 'en', en).find((w) => w.text === '河');
    expect(river).toBeDefined();
    expect(river!.keys).toContain('@he');
    expect(coveredByName(river!, 'He jumped into the water.')).toBe(false);
  });
});
