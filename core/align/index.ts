/** The alignment engine's public API. */
export { alignSentences, alignSentencesInSteps } from './align-sentences';
export { alignDocs, alignDocsInSteps, alignableWithBreaks, type DocAlignOptions } from './align-docs';
export { finishSteps, type Steps } from './steps';
export { realignRange, realignRawRange } from './realign-range';
export { parseLexicon, lexiconFromPairs, type Lexicon, type LexiconEntry } from './lexicon';
export { encodeLexicon, decodeLexicon, lexiconSource, type LexiconSource } from './lexicon-binary';
export type { AlignOptions, RawBead, TermPair } from './types';
export { realignAroundAnchors, anchorReason, alignmentChange, describeAlignmentChange, type AlignmentChange, type AnchorReason } from './realign-anchored';
export { sourceEvidenceShare, wrongDocumentWarning, wrongDocumentQuestion, MIN_EVIDENCE_LIFT, type EvidenceShare, type WrongDocumentQuestion } from './evidence-share';
