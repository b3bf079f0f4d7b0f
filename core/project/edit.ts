/**
 * Pure editing of a Project: sentence text and alignment operations. Every function takes a Project
 * and returns a new one (sharing what did not change), so the editor's undo history can hold snapshots.
 */
export { EditError, docOf, withDoc, locateSentence, requireSentence, sentenceText, alignedTargets } from './edit-doc';
export { setSentenceText, splitSentence } from './edit-text';
export {
  mergeWithNext,
  splitBead,
  splitAtCursor,
  moveSentence,
  insertEmptyPartner,
  setBeadConfirmed,
  replaceBeads,
  beadIndexOf,
} from './edit-align';
export type { BeadSide } from './edit-align';
export { splitOffSentence } from './split-off';
export { buildRows, sameSentenceLayout } from './edit-rows';
export type { Row, RowTarget } from './edit-rows';
export { alignmentProblems } from './edit-invariants';
export { compileFind, matchesIn, replaceAllInTargets, replaceOneInTarget, type FindOptions } from './find-replace';
