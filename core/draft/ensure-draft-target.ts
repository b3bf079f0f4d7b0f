import { alignableSentences } from '../model/doc';
import type { Project, TargetLang } from '../model/types';
import { paraId } from '../model/ids';

/**
 * The project with a target Doc and alignment to draft into. A project that has no text in the
 * target language yet (a bare source) gets an empty Doc and one 1:0 bead per source sentence, so
 * drafting it is the same operation as filling omissions. A target Doc without an alignment is an
 * error: drafting must know which source sentences are already translated.
 */
export function ensureDraftTarget(project: Project, target: TargetLang): Project {
  const doc = project.targets[target];
  const alignment = project.alignments[target];
  if (doc && alignment) return project;
  if (doc) throw new Error(`The ${target} text is not aligned yet: align it before drafting, so translated sentences are not drafted again`);
  const beads = alignableSentences(project.source).map((s) => ({ src: [s.id], tgt: [], score: 1, origin: 'auto' as const }));
  return {
    ...project,
    targets: { ...project.targets, [target]: { lang: target, paragraphs: [], flags: [] } },
    alignments: { ...project.alignments, [target]: { source: 'zh', target, beads } },
  };
}

/** A fresh paragraph id for a language that no paragraph of the Doc uses yet. */
export function paraIdCounter(lang: string, used: Iterable<string>): () => string {
  const prefix = `${lang}-p`;
  let max = -1;
  for (const id of used) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return () => paraId(lang, ++max);
}
