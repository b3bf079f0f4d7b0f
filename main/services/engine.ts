import type { Alignment, Doc, Lang, Project, TargetLang } from '../../core/model';
import { alignableSentences, paraId, sentenceId } from '../../core/model';
import type { ProjectEngine } from '../../core/project';

// STAND-IN until core/text `importText` and core/align `alignDocs` land (other engineers are
// writing them now): a blank-line paragraph split, a terminator-based sentence split and a
// positional 1:1 alignment, so the app, web mode and its tests run end to end meanwhile.

const TERMINATOR = /[^。！？!?.]*(?:[。！？!?.]+[”’」』）)》]*|$)/gu;

function standInImport(raw: string, lang: Lang): Doc {
  let sentenceCount = 0;
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, p) => ({
      id: paraId(lang, p),
      sentences: (line.match(TERMINATOR) ?? [])
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
        .map((text) => ({ id: sentenceId(lang, sentenceCount++), text, status: 'draft' as const })),
    }));
  return { lang, paragraphs, flags: [] };
}

function standInAlign(source: Doc, target: Doc): Alignment {
  const src = alignableSentences(source);
  const tgt = alignableSentences(target);
  const beads = [];
  for (let i = 0; i < Math.max(src.length, tgt.length); i++) {
    beads.push({ src: src[i] ? [src[i]!.id] : [], tgt: tgt[i] ? [tgt[i]!.id] : [], score: 0.5, origin: 'auto' as const });
  }
  return { source: 'zh', target: target.lang as TargetLang, beads };
}

/** The import and alignment functions main uses (CLI and web mode share them). */
export const projectEngine: ProjectEngine = {
  importText: standInImport,
  alignDocs: standInAlign,
};

/**
 * Re-align one target. With a bead range, only those beads are re-aligned (their sentences
 * re-paired) and the beads before and after are kept exactly as they are.
 */
export function realignTarget(project: Project, target: TargetLang, range?: { from: number; to: number }): Alignment {
  const doc = project.targets[target];
  if (!doc) throw new Error(`The project has no ${target} text to align`);
  const current = project.alignments[target];
  if (!range || !current) return projectEngine.alignDocs(project.source, doc);
  if (range.to >= current.beads.length) throw new Error(`Bead range ${range.from}–${range.to} is outside the alignment (${current.beads.length} beads)`);
  const inRange = current.beads.slice(range.from, range.to + 1);
  const srcIds = new Set(inRange.flatMap((b) => b.src));
  const tgtIds = new Set(inRange.flatMap((b) => b.tgt));
  const sub = (d: Doc, ids: Set<string>): Doc => ({
    ...d,
    paragraphs: [{ id: `${d.lang}-range`, sentences: alignableSentences(d).filter((s) => ids.has(s.id)) }],
  });
  const middle = projectEngine.alignDocs(sub(project.source, srcIds), sub(doc, tgtIds)).beads;
  return { ...current, beads: [...current.beads.slice(0, range.from), ...middle, ...current.beads.slice(range.to + 1)] };
}
