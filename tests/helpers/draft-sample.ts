import type { Project, TargetLang } from '../../core/model';

/** The sample with the target sentences of the given 1:1 beads removed: they become omissions (1:0). */
export function withOmissions(project: Project, target: TargetLang, beadIndexes: number[]): Project {
  const p = structuredClone(project);
  const alignment = p.alignments[target]!;
  const removed = new Set<string>();
  for (const i of beadIndexes) {
    const bead = alignment.beads[i]!;
    bead.tgt.forEach((id) => removed.add(id));
    bead.tgt = [];
  }
  const doc = p.targets[target]!;
  doc.paragraphs = doc.paragraphs.map((para) => ({ ...para, sentences: para.sentences.filter((s) => !removed.has(s.id)) })).filter((para) => para.sentences.length > 0);
  return p;
}

/** Indexes of 1:1 beads spread over the document: the first, some in the middle (adjacent ones too), the last. */
export function spreadOneToOne(project: Project, target: TargetLang): number[] {
  const beads = project.alignments[target]!.beads;
  const oneToOne = beads.map((b, i) => (b.src.length === 1 && b.tgt.length === 1 ? i : -1)).filter((i) => i >= 0);
  const mid = Math.floor(oneToOne.length / 2);
  return [...new Set([oneToOne[0]!, oneToOne[mid]!, oneToOne[mid + 1]!, oneToOne[mid + 2]!, oneToOne.at(-1)!])];
}

