import { alignableSentences } from '../model/doc';
import type { Project, Sentence, TargetLang } from '../model/types';
import { ensureDraftTarget } from './ensure-draft-target';

/** One bead's worth of source text that has no translation yet. */
export interface DraftItem {
  /** The bead's source sentence ids: the key the result is applied back by. */
  srcIds: string[];
  /** What is sent to DeepL: the bead's source sentences joined (Chinese takes no space). */
  text: string;
  /** Index of the bead's first source sentence among the alignable source sentences. */
  position: number;
  /** Number of alignable source sentences the bead covers. */
  size: number;
  /** An empty placeholder target sentence to fill; absent = a new target sentence is created. */
  fillId?: string;
}

/** Statuses whose empty text may be filled: an empty "edited" or "confirmed" sentence was blanked by a person on purpose. */
const FILLABLE: ReadonlySet<Sentence['status']> = new Set(['empty', 'mt', 'draft']);

/** True for a target sentence machine text may go into: no text, and not deliberately emptied. */
export function isFillable(sentence: Sentence): boolean {
  return sentence.text.trim() === '' && FILLABLE.has(sentence.status);
}

/**
 * The source sentences that need a draft in `target`: every bead with a source side and either no
 * target sentence (a 1:0 omission) or only empty placeholders. Beads holding any target text are
 * never drafted — machine text never goes over a translator's words.
 */
export function planDraft(project: Project, target: TargetLang): DraftItem[] {
  const p = ensureDraftTarget(project, target);
  const doc = p.targets[target]!;
  const tgtById = new Map(alignableSentences(doc).map((s) => [s.id, s]));
  const src = alignableSentences(p.source);
  const srcPos = new Map(src.map((s, i) => [s.id, i]));
  const items: DraftItem[] = [];
  for (const bead of p.alignments[target]!.beads) {
    if (bead.src.length === 0) continue;
    const tgt = bead.tgt.map((id) => tgtById.get(id));
    if (!tgt.every((s) => s !== undefined && isFillable(s))) continue;
    const positions = bead.src.map((id) => srcPos.get(id));
    if (positions.some((i) => i === undefined)) continue; // a noise sentence: not aligned, not drafted
    const text = positions.map((i) => src[i!]!.text.trim()).join('');
    if (text === '') continue;
    const item: DraftItem = { srcIds: [...bead.src], text, position: positions[0]!, size: bead.src.length };
    if (bead.tgt[0] !== undefined) item.fillId = bead.tgt[0];
    items.push(item);
  }
  return items;
}
