import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { liveFindings } from '../renderer/src/state/findings';
import { makeProject } from './fixtures/qa/make-project';

// A translator typing at the end of a sentence leaves a space after every word: the live check of
// each keystroke must not flash "Space at the end of the translation" there (decision 0005, round 13).
const ZH = ['双方坚信,各国人民命运与共。', '双方重申。'];

describe('liveFindings', () => {
  it('leaves out the space at the end of the sentence being typed, and only that', () => {
    const project = makeProject({ en: [[ZH[0]!, ' The two sides are convinced that all peoples '], [ZH[1]!, 'The two sides reaffirm this. ']] });
    const edge = runChecks(project).filter((f) => f.check === 'spacing.edge-space');
    const where = (fs: typeof edge) => fs.map((f) => `${f.target?.range?.sentence}:${f.target?.range?.start}`);
    expect(where(edge)).toEqual(['en-s0:0', 'en-s0:45', 'en-s1:28']);
    // Typing in en-s0: its trailing space is where the next word goes; its leading one and the other
    // sentence's trailing one are artefacts still.
    expect(where(liveFindings(edge, 'en-s0'))).toEqual(['en-s0:0', 'en-s1:28']);
    expect(where(liveFindings(edge, 'en-s1'))).toEqual(['en-s0:0', 'en-s0:45']);
  });
});
