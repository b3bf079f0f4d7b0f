import type { Alignment, Bead, Doc } from '../model/types';
import { alignDocs, type DocAlignOptions } from './align-docs';
import { realignRange } from './realign-range';

/**
 * Re-alignment that respects the translator's work: a confirmed bead, a bead made by hand, and a
 * bead whose target text was typed or confirmed are anchors. They are kept exactly, and only the
 * automatic beads between them are aligned again (as InterText does), so re-aligning a document
 * can no longer wipe confirmed beads while their sentences still show as done.
 */

/** Why a bead is fixed: the first reason that applies, or undefined for a plain automatic bead. */
export type AnchorReason = 'confirmed' | 'manual' | 'edited';

/** Whether the translator fixed this bead; `targetStatus` gives a target sentence's status by id. */
export function anchorReason(bead: Bead, targetStatus: (id: string) => string | undefined): AnchorReason | undefined {
  if (bead.confirmed) return 'confirmed';
  if (bead.origin === 'manual') return 'manual';
  for (const id of bead.tgt) {
    const status = targetStatus(id);
    if (status === 'edited' || status === 'confirmed') return 'edited';
  }
  return undefined;
}

/** The status of every target sentence by id. */
function statusLookup(target: Doc): (id: string) => string | undefined {
  const byId = new Map<string, string>();
  for (const p of target.paragraphs) for (const s of p.sentences) byId.set(s.id, s.status);
  return (id) => byId.get(id);
}

/**
 * Aligns `source` and `target` again — all beads, or beads `range.from`…`range.to` — keeping
 * anchors fixed and aligning each run of automatic beads between them on its own. Without a
 * current alignment, or without anchors in a whole-document run, this is a fresh alignDocs (which
 * also uses paragraph breaks).
 */
export function realignAroundAnchors(source: Doc, target: Doc, current: Alignment | undefined, options: DocAlignOptions = {}, range?: { from: number; to: number }): Alignment {
  if (!current || current.beads.length === 0) return alignDocs(source, target, options);
  const from = range?.from ?? 0;
  const to = range?.to ?? current.beads.length - 1;
  if (from < 0 || to >= current.beads.length || from > to) throw new Error(`bead range ${from}–${to} is outside the alignment (${current.beads.length} beads)`);
  const status = statusLookup(target);
  const fixed = current.beads.map((b, i) => i >= from && i <= to && anchorReason(b, status) !== undefined);
  if (!range && !fixed.includes(true)) return alignDocs(source, target, options);
  // Runs of free beads inside the range, last first, so earlier indices stay valid while splicing.
  const runs: Array<{ from: number; to: number }> = [];
  let start = -1;
  for (let i = from; i <= to + 1; i++) {
    const free = i <= to && !fixed[i];
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      runs.push({ from: start, to: i - 1 });
      start = -1;
    }
  }
  let alignment = current;
  for (let r = runs.length - 1; r >= 0; r--) alignment = realignRange(source, target, alignment, runs[r]!, options);
  return alignment;
}

/** What a re-alignment changes, for the question asked before it is applied. */
export interface AlignmentChange {
  /** Beads of the current alignment that will be gone (replaced by others). */
  removed: number;
  /** Beads of the new alignment that are not in the current one. */
  added: number;
  /** Fixed beads kept as they are, by reason. */
  anchors: Record<AnchorReason, number>;
  total: number;
}

const beadKey = (b: Bead): string => `${b.src.join(',')}|${b.tgt.join(',')}`;

/** Compares two alignments of the same texts bead by bead (same sentences on both sides). */
export function alignmentChange(before: Alignment | undefined, after: Alignment, target: Doc): AlignmentChange {
  const beforeKeys = new Set((before?.beads ?? []).map(beadKey));
  const afterKeys = new Set(after.beads.map(beadKey));
  const status = statusLookup(target);
  const anchors: Record<AnchorReason, number> = { confirmed: 0, manual: 0, edited: 0 };
  for (const b of before?.beads ?? []) {
    const reason = anchorReason(b, status);
    if (reason && afterKeys.has(beadKey(b))) anchors[reason]++;
  }
  let removed = 0;
  for (const b of before?.beads ?? []) if (!afterKeys.has(beadKey(b))) removed++;
  let added = 0;
  for (const b of after.beads) if (!beforeKeys.has(beadKey(b))) added++;
  return { removed, added, anchors, total: after.beads.length };
}

/** "9 beads replaced by 12 (of 57); 5 confirmed, 2 hand-edited beads stay as they are.", or that nothing would change. */
export function describeAlignmentChange(change: AlignmentChange): string {
  const kept = change.anchors.confirmed + change.anchors.manual + change.anchors.edited;
  const parts: string[] = [];
  if (change.anchors.confirmed) parts.push(`${change.anchors.confirmed} confirmed`);
  if (change.anchors.manual) parts.push(`${change.anchors.manual} hand-aligned`);
  if (change.anchors.edited) parts.push(`${change.anchors.edited} hand-edited`);
  // "No bead changes (of 56); no bead is confirmed…" left a translator wondering what Re-align would do.
  const nothing = change.removed === 0 && change.added === 0;
  const what = nothing ? `Nothing would change: the aligner finds the same ${change.total} bead${change.total === 1 ? '' : 's'}` : `${change.removed} bead${change.removed === 1 ? '' : 's'} replaced by ${change.added} (of ${change.total})`;
  if (kept > 0) return `${what}; ${parts.join(', ')} bead${kept === 1 ? '' : 's'} stay as they are.`;
  return nothing ? `${what}.` : `${what}; no bead is confirmed or hand-edited.`;
}
