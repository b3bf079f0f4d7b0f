/**
 * What a screen reader hears for what a target sentence lacks (its edge flag has no text of its
 * own): each finding as a sentence with its severity word, in the cell's and the sentence
 * editor's description; the editor's name says only where it is.
 */
import { describe, expect, it } from 'vitest';
import { lacksDescription, sentenceEditorLabel } from '../renderer/src/util/spoken-labels';

describe('what a sentence lacks, spoken', () => {
  it('says each finding with its severity, one sentence each, whether or not the message ends in a stop', () => {
    const flags = [
      { severity: 'error' as const, message: 'Number “80” in the source is not in the translation' },
      { severity: 'warning' as const, message: 'Glossary: 零和博弈 should be translated “zero-sum game”.' },
    ];
    expect(lacksDescription(flags)).toBe('Error: Number “80” in the source is not in the translation. Warning: Glossary: 零和博弈 should be translated “zero-sum game”.');
    expect(lacksDescription([])).toBe('');
  });

  it('the sentence editor names row and language, and the sentence when the cell holds several', () => {
    expect(sentenceEditorLabel('en', 7, 1, 1)).toBe('English translation of row 7');
    expect(sentenceEditorLabel('ru', 7, 2, 3)).toBe('Russian translation of row 7, sentence 2 of 3');
  });
});
