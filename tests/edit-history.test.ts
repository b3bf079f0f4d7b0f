import { describe, expect, it } from 'vitest';
import { createHistory, isDirty, markSaved, record, redo, redoLabel, rederive, undo, undoLabel } from '../core/project/history';
import { mergeWithNext, setSentenceText } from '../core/project/edit';
import { makeAlignment, makeDoc, makeProject, sampleChineseSentences } from './edit-helpers';

const zh = sampleChineseSentences(2);
const source = makeDoc('zh', [zh]);
const target = makeDoc('en', [['The two sides stress the importance of global strategic stability.', 'The peoples of all countries share a common destiny.']]);
const project = makeProject(source, { en: target }, { en: makeAlignment('en', source, target, [[1, 1], [1, 1]]) });

describe('undo/redo history', () => {
  it('undoes and redoes an alignment edit, with labels', () => {
    let h = createHistory(project);
    h = record(h, mergeWithNext(project, 'en', 0), { label: 'merge beads' });
    expect(h.present.state.alignments.en!.beads).toHaveLength(1);
    expect(undoLabel(h)).toBe('merge beads');
    h = undo(h);
    expect(h.present.state).toBe(project);
    expect(redoLabel(h)).toBe('merge beads');
    h = redo(h);
    expect(h.present.state.alignments.en!.beads).toHaveLength(1);
    expect(redo(h)).toBe(h);
  });

  it('coalesces a burst of typing in one sentence into one step, but not across sentences or pauses', () => {
    let h = createHistory(project);
    let p = project;
    for (const [i, text] of ['The', 'The two', 'The two sides'].entries()) {
      p = setSentenceText(p, 'en', 'en-s0', text);
      h = record(h, p, { label: 'typing', coalesceKey: 'en:en-s0', now: 1000 + i * 200 });
    }
    expect(h.past).toHaveLength(1);
    p = setSentenceText(p, 'en', 'en-s1', 'Peoples.');
    h = record(h, p, { label: 'typing', coalesceKey: 'en:en-s1', now: 1700 });
    p = setSentenceText(p, 'en', 'en-s1', 'Peoples share.');
    h = record(h, p, { label: 'typing', coalesceKey: 'en:en-s1', now: 9000 });
    expect(h.past).toHaveLength(3);
    h = undo(undo(undo(h)));
    expect(h.present.state).toBe(project);
  });

  it('drops the redo branch on a new edit and stays bounded', () => {
    let h = createHistory(project, { limit: 3 });
    let p = project;
    for (let i = 0; i < 10; i++) {
      p = setSentenceText(p, 'en', 'en-s0', `Draft ${i}.`);
      h = record(h, p, { label: `edit ${i}` });
    }
    expect(h.past).toHaveLength(3);
    h = undo(h);
    h = record(h, setSentenceText(h.present.state, 'en', 'en-s1', 'Other.'), { label: 'other' });
    expect(h.future).toHaveLength(0);
  });

  it('tracks dirty state against the saved revision, also through undo', () => {
    let h = createHistory(project);
    expect(isDirty(h)).toBe(false);
    h = record(h, setSentenceText(project, 'en', 'en-s0', 'Changed.'), { label: 'edit' });
    expect(isDirty(h)).toBe(true);
    h = markSaved(h);
    expect(isDirty(h)).toBe(false);
    h = undo(h);
    expect(isDirty(h)).toBe(true);
    h = redo(h);
    expect(isDirty(h)).toBe(false);
    expect(record(h, h.present.state, { label: 'nothing' })).toBe(h);
  });

  it('fresh scores reach every step (rederive): no undo step, the dirty flag as it was, and undo never brings back the stale ones', () => {
    const rescore = (p: typeof project) => (p.alignments.en!.beads.every((b) => b.score === 0.25) ? p : { ...p, alignments: { en: { ...p.alignments.en!, beads: p.alignments.en!.beads.map((b) => ({ ...b, score: 0.25 })) } } });
    const scores = (p: typeof project) => p.alignments.en!.beads.map((b) => b.score);
    let h = createHistory(project);
    h = record(h, setSentenceText(project, 'en', 'en-s0', 'Changed.'), { label: 'edit' });
    const edited = h.present.state;
    h = rederive(h, rescore);
    expect(h.past).toHaveLength(1);
    expect(undoLabel(h)).toBe('edit');
    expect(isDirty(h)).toBe(true);
    expect(scores(h.present.state)).toEqual([0.25, 0.25]);
    expect(h.present.state.targets.en!.paragraphs[0]!.sentences[0]!.text).toBe('Changed.');
    // Undo takes back the edit, not the scores; the project is as saved again.
    const undone = undo(h);
    expect(undone.present.state.targets.en!.paragraphs[0]!.sentences[0]!.text).not.toBe('Changed.');
    expect(scores(undone.present.state)).toEqual([0.25, 0.25]);
    expect(isDirty(undone)).toBe(false);
    // Redo (the step rederived before the undo, and after it) brings the edit back with them too.
    expect(scores(redo(undone).present.state)).toEqual([0.25, 0.25]);
    expect(scores(redo(rederive(undo(record(createHistory(project), edited, { label: 'edit' })), rescore)).present.state)).toEqual([0.25, 0.25]);
    // Nothing to change: the very same history.
    expect(rederive(h, rescore)).toBe(h);
  });
});
