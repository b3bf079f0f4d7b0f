import type { BeadOrigin, Doc, Lang, Project, SegmentStatus, Sentence, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { indexSentences } from '../model/doc';
import { buildRows } from '../project/edit-rows';

/** One side of an export unit: its sentences in order and the paragraph each came from. */
export interface UnitSide {
  sentences: Sentence[];
  paraIds: string[];
}

/** A target side also carries what the bead(s) said about it. */
export interface UnitTarget extends UnitSide {
  score: number;
  origin: BeadOrigin;
  confirmed: boolean;
  status: SegmentStatus;
}

/** One exported row / `<tu>` / `<unit>`: a source side and one side per target language. */
export interface ExportUnit {
  source: UnitSide;
  targets: Partial<Record<TargetLang, UnitTarget>>;
}

const STATUS_ORDER: readonly SegmentStatus[] = ['empty', 'mt', 'draft', 'edited', 'confirmed'];

/** The least advanced status: a unit is only as far along as its least finished sentence. */
export function lowestStatus(statuses: SegmentStatus[]): SegmentStatus {
  let best = STATUS_ORDER.length - 1;
  for (const s of statuses) best = Math.min(best, STATUS_ORDER.indexOf(s));
  return statuses.length === 0 ? 'empty' : STATUS_ORDER[best]!;
}

/** Sentence joiner inside a merged unit: Chinese runs sentences together, English and Russian use a space. */
export function joinerFor(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}

/** The unit side's text as one string. */
export function sideText(side: UnitSide | undefined, lang: Lang): string {
  return side ? side.sentences.map((s) => s.text).join(joinerFor(lang)) : '';
}

/**
 * A sentence added in the translation: a unit whose Chinese side has no text and some target has
 * (a 0:1 bead). XLIFF notes it as such; TMX writes it as no `<tu>` (tmx-write.ts).
 */
export function isSourceless(unit: ExportUnit, targets: readonly TargetLang[]): boolean {
  return sideText(unit.source, 'zh') === '' && targets.some((t) => sideText(unit.targets[t], t) !== '');
}

/**
 * Build export units from a project's alignments, joined on the source sentences.
 *
 * The join is the grid's own (core/project buildRows), so an export always matches what the
 * translator sees. With one target, each bead is one unit. With several (the trilingual view), a
 * unit is the smallest run of source sentences that is a union of whole beads in every alignment:
 * where a zh→en 2:1 bead overlaps two zh→ru 1:1 beads, the unit holds both zh sentences, the one en
 * sentence and both ru sentences, so no translation is ever cut. Beads with an empty source side
 * (additions in a target) stay in their target's order: between two units they become a unit of
 * their own; inside a unit (between two of its beads) they join that unit.
 */
export function buildUnits(project: Project, targets: TargetLang[]): ExportUnit[] {
  const alignments: Project['alignments'] = {};
  for (const t of TARGET_LANGS) if (targets.includes(t) && project.alignments[t] && project.targets[t]) alignments[t] = project.alignments[t];
  const wanted = TARGET_LANGS.filter((t) => alignments[t]);
  if (wanted.length === 0) return [];
  const source = docIndex(project.source);
  const indexes = Object.fromEntries(wanted.map((t) => [t, docIndex(project.targets[t]!)])) as Record<TargetLang, DocIndex>;
  return buildRows({ ...project, alignments }).map((row) => {
    const unit: ExportUnit = { source: sideOf(row.src, source), targets: {} };
    for (const t of wanted) {
      const cell = row.targets[t];
      if (cell) unit.targets[t] = targetSide(project, t, indexes[t], cell.beads);
    }
    return unit;
  });
}

interface DocIndex {
  byId: ReturnType<typeof indexSentences>;
  paraIds: string[];
}

function docIndex(doc: Doc): DocIndex {
  return { byId: indexSentences(doc), paraIds: doc.paragraphs.map((p) => p.id) };
}

function sideOf(ids: string[], index: DocIndex): UnitSide {
  const side: UnitSide = { sentences: [], paraIds: [] };
  for (const id of ids) {
    const hit = index.byId.get(id);
    if (!hit) continue;
    side.sentences.push(hit.sentence);
    side.paraIds.push(index.paraIds[hit.para] ?? '');
  }
  return side;
}

function targetSide(project: Project, lang: TargetLang, index: DocIndex, beadIndexes: number[]): UnitTarget {
  const beads = beadIndexes.map((i) => project.alignments[lang]!.beads[i]!);
  const side = sideOf(beads.flatMap((b) => b.tgt), index);
  const confirmed = beads.every((b) => b.confirmed === true) || (side.sentences.length > 0 && side.sentences.every((s) => s.status === 'confirmed'));
  return {
    ...side,
    score: beads.reduce((min, b) => Math.min(min, b.score), Infinity),
    origin: beads.every((b) => b.origin === 'manual') ? 'manual' : 'auto',
    confirmed,
    status: side.sentences.length === 0 ? 'empty' : confirmed ? 'confirmed' : lowestStatus(side.sentences.map((s) => s.status)),
  };
}
