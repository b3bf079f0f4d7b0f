import { describe, expect, it } from 'vitest';
import { decideClose } from '../main/close-decision';

// Issue 10: on window close main asks the renderer (the page's "Save changes?"), not a native box;
// the decision is pure so it is tested without Electron.
describe('window close decision', () => {
  it('closes at once when nothing is unsaved, or after the page said it may', () => {
    expect(decideClose({ dirty: false, confirmed: false, rendererCanAsk: true })).toBe('close');
    expect(decideClose({ dirty: true, confirmed: true, rendererCanAsk: true })).toBe('close');
    expect(decideClose({ dirty: false, confirmed: false, rendererCanAsk: false })).toBe('close');
  });

  it('unsaved work: the page asks; the native box only when the page cannot', () => {
    expect(decideClose({ dirty: true, confirmed: false, rendererCanAsk: true })).toBe('ask-renderer');
    expect(decideClose({ dirty: true, confirmed: false, rendererCanAsk: false })).toBe('ask-native');
  });
});
