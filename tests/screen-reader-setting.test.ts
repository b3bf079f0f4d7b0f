import { describe, expect, it } from 'vitest';
import { readScreenReaderSetting, screenReaderOn } from '../renderer/src/editor/screen-reader';

// The sentence editor's screen-reader mode (renderer/src/editor/screen-reader.ts): on when asked
// for, on "auto" only when the system reports a screen reader — not always, since that mode let a
// late selectionchange put a typed letter out of order (tests/e2e/first-hour-more.test.ts).
describe('screen-reader mode of the sentence editor', () => {
  it('is on when asked for, follows the system on auto, and stays off when turned off', () => {
    expect(screenReaderOn('on', false)).toBe(true);
    expect(screenReaderOn('on', true)).toBe(true);
    expect(screenReaderOn('auto', true)).toBe(true);
    expect(screenReaderOn('auto', false)).toBe(false);
    expect(screenReaderOn('off', true)).toBe(false);
  });

  it('reads the stored choice, and auto for nothing stored or something not ours', () => {
    const stored = (value: string | null) => ({ getItem: () => value });
    expect(readScreenReaderSetting(stored('on'))).toBe('on');
    expect(readScreenReaderSetting(stored('off'))).toBe('off');
    expect(readScreenReaderSetting(stored(null))).toBe('auto');
    expect(readScreenReaderSetting(stored('true'))).toBe('auto');
    expect(readScreenReaderSetting(undefined)).toBe('auto');
  });
});
