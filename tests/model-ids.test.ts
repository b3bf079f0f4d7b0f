import { describe, expect, it } from 'vitest';
import { nextSentenceId } from '../core/model';

describe('nextSentenceId', () => {
  it('continues after the highest id of the language, ignoring other languages', () => {
    expect(nextSentenceId('en', ['en-s0', 'en-s12', 'ru-s40', 'en-s3'])).toBe('en-s13');
  });
  it('starts at 0 when nothing is used', () => {
    expect(nextSentenceId('ru', [])).toBe('ru-s0');
  });
});
