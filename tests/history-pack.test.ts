import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectStore } from '../services/project-store';
import type { Project } from '../core/model';
import { createHistory, isDirty, markSaved, record, redo, undo, undoLabel } from '../core/project/history';
import type { History } from '../core/project/history';
import { mergeWithNext, setSentenceText } from '../core/project/edit';
import { packHistory, packedHistorySchema, RECOVERY_UNDO_STEPS, unpackHistory } from '../core/project/history-pack';
import { makeAlignment, makeDoc, makeProject, sampleChineseSentences } from './edit-helpers';

// The undo history travels with the crash-recovery copy (issue 10): it is written as JSON beside the
// project, read back in another page, and must undo to exactly the states the translator had.
const zh = sampleChineseSentences(40);
const paragraphs = [zh.slice(0, 10), zh.slice(10, 20), zh.slice(20, 30), zh.slice(30, 40)];
const source = makeDoc('zh', paragraphs);
const target = makeDoc('en', paragraphs.map((p) => p.map((_, i) => `English sentence ${i} of a paragraph.`)));
const project = makeProject(source, { en: target }, { en: makeAlignment('en', source, target, zh.map(() => [1, 1] as [number, number])) });

/** Through JSON, as the recovery file does: no object is shared with the live history any more. */
const viaFile = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function typedHistory(steps: number): History<Project> {
  let h = createHistory(project);
  for (let i = 0; i < steps; i++) h = record(h, setSentenceText(h.present.state, 'en', `en-s${i % 40}`, `Edit number ${i}.`), { label: `typing ${i}`, now: i * 10_000 });
  return h;
}

describe('undo history with the recovery copy', () => {
  it('comes back from JSON: every undo step restores the state it had, and redo works again', () => {
    let h = typedHistory(5);
    h = record(h, mergeWithNext(h.present.state, 'en', 7), { label: 'merge beads' });
    h = undo(h); // one step in the redo branch
    const packed = viaFile(packHistory(h)!);
    const back = unpackHistory(packedHistorySchema.parse(packed), viaFile(h.present.state));
    expect(back.past).toHaveLength(h.past.length);
    expect(back.future).toHaveLength(1);
    expect(undoLabel(back)).toBe('typing 4');
    let a = h;
    let b = back;
    while (a.past.length > 0) {
      expect(b.present.state).toEqual(a.present.state);
      a = undo(a);
      b = undo(b);
    }
    expect(b.present.state).toEqual(project);
    const redone = redo(back);
    expect(redone.present.state.alignments.en!.beads).toHaveLength(39);
    expect(isDirty(back)).toBe(true);
  });

  it('stores each untouched paragraph and bead once: 200 typing steps cost about one paragraph each', () => {
    const h = typedHistory(RECOVERY_UNDO_STEPS + 30);
    const packed = packHistory(h)!;
    // Bounded: the oldest steps beyond RECOVERY_UNDO_STEPS are dropped.
    expect(packed.steps).toHaveLength(RECOVERY_UNDO_STEPS + 1);
    // One changed paragraph per step, nothing else (the present's objects are not stored again).
    expect(packed.paras).toHaveLength(RECOVERY_UNDO_STEPS);
    expect(packed.beads).toHaveLength(0);
    const paragraphChars = Math.max(...h.present.state.targets.en!.paragraphs.map((p) => JSON.stringify(p).length));
    expect(JSON.stringify(packed).length).toBeLessThan(RECOVERY_UNDO_STEPS * (paragraphChars + 300));
    // Whole snapshots would be several times larger even for this 8-paragraph project.
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(h.past.slice(-RECOVERY_UNDO_STEPS).map((e) => e.state)).length / 5);
  });

  it('undoing back to the saved step makes the project clean again', () => {
    let h = typedHistory(2);
    h = markSaved(h);
    h = record(h, setSentenceText(h.present.state, 'en', 'en-s3', 'After the save.'), { label: 'typing after save', now: 99_000 });
    const back = unpackHistory(viaFile(packHistory(h)!), viaFile(h.present.state));
    expect(isDirty(back)).toBe(true);
    expect(isDirty(undo(back))).toBe(false);
  });

  it('nothing to pack without undo or redo steps', () => {
    expect(packHistory(createHistory(project))).toBeNull();
  });

  it('refuses a history that belongs to another version of the project, naming why', () => {
    const h = typedHistory(3);
    const packed = viaFile(packHistory(h)!);
    const other = setSentenceText(h.present.state, 'en', 'en-s30', 'Changed elsewhere.');
    expect(() => unpackHistory(packed, viaFile(other))).toThrow(/another version of the project/);
    const broken = viaFile(packed);
    broken.steps[0]!.state.source.paras = [0, 10_000];
    expect(() => unpackHistory(broken, viaFile(h.present.state))).toThrow(/paragraph \d+ is not in the table/);
  });

  it('keeps indices right when one object occurs twice in the present (a shared empty flag list)', () => {
    const shared: never[] = [];
    const p0: Project = { ...project, source: { ...project.source, flags: shared }, targets: { en: { ...target, flags: shared } } };
    let h = createHistory(p0);
    h = record(h, setSentenceText(p0, 'en', 'en-s1', 'One.'), { label: 'typing' });
    const back = unpackHistory(viaFile(packHistory(h)!), viaFile(h.present.state));
    expect(undo(back).present.state).toEqual(p0);
  });
});

describe('the recovery file carries the history', () => {
  it('writes and reads it back; a damaged history costs the undo steps, never the work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-history-'));
    try {
      const store = createProjectStore({ recoveryDir: dir });
      const h = typedHistory(4);
      await store.writeRecovery(h.present.state, null, 'tab-a', packHistory(h)!);
      const copy = (await store.readRecovery('tab-a'))!;
      const back = unpackHistory(copy.history!, copy.project);
      expect(undo(back).present.state).toEqual(undo(h).present.state);

      const file = join(dir, 'recovery-tab-a.duizhao.json');
      const raw = JSON.parse(readFileSync(file, 'utf8')) as { history: { steps: unknown } };
      raw.history.steps = 'not a list';
      writeFileSync(file, JSON.stringify(raw));
      const damaged = (await store.readRecovery('tab-a'))!;
      expect(damaged.project).toEqual(h.present.state);
      expect(damaged.history).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
