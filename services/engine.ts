import { alignDocs, realignAroundAnchors } from '../core/align';
import type { DocAlignOptions } from '../core/align';
import type { Alignment, Doc, Project, TargetLang } from '../core/model';
import type { ProjectEngine } from '../core/project';
import { importText } from '../core/text';
import { lexiconOrWarnOnce } from './lexicon';

/** The zh→en or zh→ru lexicon for the target, by the app's policy (missing: align without it, say so once). */
function alignOptions(target: TargetLang): DocAlignOptions {
  const lexicon = lexiconOrWarnOnce(target);
  return lexicon ? { lexicon } : {};
}

/** Import (core/text) and alignment (core/align, with the lexicon) as the desktop app and web mode use them (the CLI reads files through cli/io.ts and aligns in cli/actions/engine.ts). */
export const projectEngine: ProjectEngine = {
  importText: (raw, lang) => importText(raw, lang),
  alignDocs: (source: Doc, target: Doc) => alignDocs(source, target, alignOptions(target.lang as TargetLang)),
};

/**
 * Re-align one target: the whole document, or only beads [from, to] with the beads outside the
 * range kept exactly as they are; inside, confirmed and hand-edited beads are anchors. `mt` (one
 * machine translation per alignable source sentence) is evidence for the aligner and the verdicts.
 */
export function realignTarget(project: Project, target: TargetLang, range?: { from: number; to: number }, mt?: string[]): Alignment {
  const doc = project.targets[target];
  if (!doc) throw new Error(`The project has no ${target} text to align`);
  // Confirmed, hand-aligned and hand-edited beads stay fixed; the aligner works between them.
  return realignAroundAnchors(project.source, doc, project.alignments[target], { ...alignOptions(target), ...(mt ? { mt } : {}) }, range);
}
