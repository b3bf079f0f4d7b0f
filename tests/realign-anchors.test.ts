/**
 * Re-aligning keeps the translator's work: confirmed, hand-aligned and hand-edited beads are
 * anchors kept exactly, the automatic beads between them are aligned again, and the summary asked
 * before applying says what changes. Run on the strategic-stability sample through the service
 * the app calls (align:run → realignTarget).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignmentChange, describeAlignmentChange, realignAroundAnchors } from '../core/align';
import type { Alignment, Project } from '../core/model';
import { createSampleProject } from '../core/project';
import { mergeWithNext, setBeadConfirmed, setSentenceText } from '../core/project/edit';
import { projectEngine, realignTarget } from '../services/engine';

const text = (lang: string) => readFileSync(join(__dirname, '..', 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');
const sample = (): Project => createSampleProject({ name: 's', zh: text('zh'), en: text('en') }, projectEngine);
const key = (b: Alignment['beads'][number]) => `${b.src.join(',')}|${b.tgt.join(',')}`;

/** Beads in order cover every alignable sentence of both sides exactly once. */
function expectCovering(p: Project, a: Alignment): void {
  const ids = (doc: Project['source']) => doc.paragraphs.filter((x) => !x.excluded).flatMap((x) => x.sentences.map((s) => s.id));
  expect(a.beads.flatMap((b) => b.src)).toEqual(ids(p.source));
  expect(a.beads.flatMap((b) => b.tgt)).toEqual(ids(p.targets.en!));
}

describe('re-align around anchors', () => {
  it('keeps confirmed, hand-merged and hand-edited beads exactly; the rest is aligned afresh', () => {
    let p = sample();
    const auto = p.alignments.en!;
    expect(auto.beads.length).toBeGreaterThan(30);
    // A hand merge the aligner would never make, a confirmed bead, a typed-in target sentence.
    p = mergeWithNext(p, 'en', 4);
    p = setBeadConfirmed(p, 'en', 10, true);
    const edited = p.alignments.en!.beads[20]!;
    p = setSentenceText(p, 'en', edited.tgt[0]!, 'The sides reaffirm this, in the translator’s own words.');
    const merged = p.alignments.en!.beads[4]!;
    const confirmed = p.alignments.en!.beads[10]!;
    const editedBead = p.alignments.en!.beads[20]!;

    const after = realignTarget(p, 'en');
    expectCovering(p, after);
    const keys = new Set(after.beads.map(key));
    for (const b of [merged, confirmed, editedBead]) expect(keys.has(key(b))).toBe(true);
    expect(after.beads.find((b) => key(b) === key(confirmed))!.confirmed).toBe(true);
    expect(after.beads.find((b) => key(b) === key(merged))!.origin).toBe('manual');
    // The free beads are the aligner's own again: nearly all of the sample's automatic beads come back
    // (aligned between anchors, a run lacks the paragraph breaks and context the whole document has).
    const back = auto.beads.filter((b, i) => i > 5 && keys.has(key(b))).length;
    console.log(`automatic beads reproduced between anchors: ${back} of ${auto.beads.length - 6}`);
    expect(back / (auto.beads.length - 6)).toBeGreaterThan(0.9);

    const change = alignmentChange(p.alignments.en, after, p.targets.en!);
    expect(change.anchors).toEqual({ confirmed: 1, manual: 1, edited: 1 });
    expect(describeAlignmentChange(change)).toMatch(/1 confirmed, 1 hand-aligned, 1 hand-edited beads stay as they are/);
  });

  it('re-aligning a selection keeps a confirmed bead inside it', () => {
    let p = sample();
    p = mergeWithNext(p, 'en', 7);
    p = setBeadConfirmed(p, 'en', 7, true);
    const anchor = p.alignments.en!.beads[7]!;
    const after = realignTarget(p, 'en', { from: 3, to: 12 });
    expectCovering(p, after);
    expect(after.beads.map(key)).toContain(key(anchor));
    expect(after.beads.slice(0, 3)).toEqual(p.alignments.en!.beads.slice(0, 3));
  });

  it('without anchors, a document re-alignment is a fresh alignment; with nothing to change, the summary says so', () => {
    const p = sample();
    const after = realignAroundAnchors(p.source, p.targets.en!, p.alignments.en, {});
    expectCovering(p, after);
    const same = alignmentChange(p.alignments.en, p.alignments.en!, p.targets.en!);
    expect(describeAlignmentChange(same)).toBe(`Nothing would change: the aligner finds the same ${p.alignments.en!.beads.length} beads.`);
  });
});
