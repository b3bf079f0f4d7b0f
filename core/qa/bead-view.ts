import type { Bead, Doc, Project, TargetLang } from '../model/types';
import { currentVerdict } from './stats/verdict';
import type { BeadView, LocatedSentence } from './types';

/** Sentence id → sentence with its paragraph, for one Doc. */
export type SentenceIndex = Map<string, LocatedSentence>;

/** Indexes a Doc's sentences by id (O(n), once per run). */
export function indexDoc(doc: Doc | undefined): SentenceIndex {
  const index: SentenceIndex = new Map();
  doc?.paragraphs.forEach((p, para) => {
    for (const sentence of p.sentences) index.set(sentence.id, { sentence, para, heading: p.heading === true });
  });
  return index;
}

/** Resolves a list of sentence ids; ids that no longer exist are skipped (the aligner's invariants own that). */
function resolve(ids: readonly string[], index: SentenceIndex): LocatedSentence[] {
  const out: LocatedSentence[] = [];
  for (const id of ids) {
    const s = index.get(id);
    if (s) out.push(s);
  }
  return out;
}

/** Every bead of the project's alignment into `lang`, resolved, in order. */
export function beadViews(project: Project, lang: TargetLang, sourceIndex = indexDoc(project.source)): BeadView[] {
  const alignment = project.alignments[lang];
  if (!alignment) return [];
  const targetDoc = project.targets[lang];
  const targetIndex = indexDoc(targetDoc);
  return alignment.beads.map((bead, index) => withVerdict(bead, { lang, index, source: resolve(bead.src, sourceIndex), target: resolve(bead.tgt, targetIndex), ...(targetDoc ? { targetDoc } : {}) }));
}

/**
 * Finds a few sentences by id with one scan that stops once all are found: a live check on one bead
 * must not index a 5,000-sentence document on every keystroke, nor trust an index built before the
 * edit.
 */
function find(ids: readonly string[], doc: Doc | undefined): LocatedSentence[] {
  const wanted = new Set(ids);
  const found = new Map<string, LocatedSentence>();
  const paragraphs = doc?.paragraphs ?? [];
  for (let para = 0; para < paragraphs.length && found.size < wanted.size; para++) {
    const p = paragraphs[para];
    for (const sentence of p?.sentences ?? []) if (wanted.has(sentence.id)) found.set(sentence.id, { sentence, para, heading: p?.heading === true });
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** One bead resolved, for the live per-bead check; undefined when the index is out of range. */
export function beadView(project: Project, lang: TargetLang, index: number): BeadView | undefined {
  const bead = project.alignments[lang]?.beads[index];
  if (!bead) return undefined;
  const targetDoc = project.targets[lang];
  return withVerdict(bead, { lang, index, source: find(bead.src, project.source), target: find(bead.tgt, targetDoc), ...(targetDoc ? { targetDoc } : {}) });
}

/** Attaches the bead's completeness verdict when it is still current. */
function withVerdict(bead: Bead, view: BeadView): BeadView {
  const verdict = bead.verdict && currentVerdict(bead, view.source, view.target);
  if (verdict) view.verdict = verdict;
  return view;
}
