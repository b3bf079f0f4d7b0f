import type { Doc, Lang, Para, Project, Sentence, TargetLang } from '../model/types';
import { nextSentenceId } from '../model/ids';

/**
 * Immutable helpers under the editing operations: every change returns new objects along the path
 * to what changed and shares everything else, so undo can keep whole snapshots cheaply.
 */

/** Raised when an edit names something that does not exist; the project is never half-changed. */
export class EditError extends Error {
  override name = 'EditError';
}

/** The Doc of a language: the source for 'zh', a target otherwise. */
export function docOf(project: Project, lang: Lang): Doc | undefined {
  return lang === 'zh' ? project.source : project.targets[lang];
}

/** A copy of the project with one Doc replaced. */
export function withDoc(project: Project, lang: Lang, doc: Doc): Project {
  if (lang === 'zh') return { ...project, source: doc };
  return { ...project, targets: { ...project.targets, [lang]: doc } };
}

/** Where a sentence sits in its Doc, or undefined. */
export function locateSentence(doc: Doc, id: string): { para: number; index: number } | undefined {
  for (let para = 0; para < doc.paragraphs.length; para++) {
    const sentences = doc.paragraphs[para]!.sentences;
    for (let index = 0; index < sentences.length; index++) if (sentences[index]!.id === id) return { para, index };
  }
  return undefined;
}

/** The text of a sentence of the project as it is now, or undefined when it is gone. */
export function sentenceText(project: Project, lang: Lang, id: string): string | undefined {
  const doc = docOf(project, lang);
  const at = doc && locateSentence(doc, id);
  return doc && at ? doc.paragraphs[at.para]!.sentences[at.index]!.text : undefined;
}

/** The sentence with this id, or an EditError naming the language and id. */
export function requireSentence(doc: Doc, id: string): Sentence {
  const at = locateSentence(doc, id);
  if (!at) throw new EditError(`no ${doc.lang} sentence with id "${id}"`);
  return doc.paragraphs[at.para]!.sentences[at.index]!;
}

/** Replace the sentences of one paragraph. */
function withParaSentences(doc: Doc, para: number, sentences: Sentence[]): Doc {
  const paragraphs = doc.paragraphs.slice();
  paragraphs[para] = { ...(paragraphs[para] as Para), sentences };
  return { ...doc, paragraphs };
}

/** Apply `change` to one sentence; returns the same Doc when the change returns the same sentence. */
export function updateSentence(doc: Doc, id: string, change: (s: Sentence) => Sentence): Doc {
  const at = locateSentence(doc, id);
  if (!at) throw new EditError(`no ${doc.lang} sentence with id "${id}"`);
  const old = doc.paragraphs[at.para]!.sentences[at.index]!;
  const next = change(old);
  if (next === old) return doc;
  const sentences = doc.paragraphs[at.para]!.sentences.slice();
  sentences[at.index] = next;
  return withParaSentences(doc, at.para, sentences);
}

/** Insert a sentence right after (or before) an existing one, in the same paragraph. */
export function insertSentenceNextTo(doc: Doc, anchorId: string, sentence: Sentence, where: 'after' | 'before'): Doc {
  const at = locateSentence(doc, anchorId);
  if (!at) throw new EditError(`no ${doc.lang} sentence with id "${anchorId}"`);
  const sentences = doc.paragraphs[at.para]!.sentences.slice();
  sentences.splice(where === 'after' ? at.index + 1 : at.index, 0, sentence);
  return withParaSentences(doc, at.para, sentences);
}

/** Append a sentence to the last paragraph that takes part in alignment (a new one if there is none). */
export function appendSentence(doc: Doc, sentence: Sentence): Doc {
  for (let para = doc.paragraphs.length - 1; para >= 0; para--) {
    const p = doc.paragraphs[para]!;
    if (!p.excluded) return withParaSentences(doc, para, [...p.sentences, sentence]);
  }
  const used = new Set(doc.paragraphs.map((p) => p.id));
  let n = doc.paragraphs.length;
  while (used.has(`${doc.lang}-p${n}`)) n++;
  return { ...doc, paragraphs: [...doc.paragraphs, { id: `${doc.lang}-p${n}`, sentences: [sentence] }] };
}

/** A fresh sentence id for this Doc (ids are never reused positions). */
export function freshSentenceId(doc: Doc): string {
  return nextSentenceId(doc.lang, doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)));
}

/** The target languages whose alignment exists in the project, in canonical order. */
export function alignedTargets(project: Project): TargetLang[] {
  return (['en', 'ru'] as const).filter((t) => project.alignments[t] !== undefined);
}
