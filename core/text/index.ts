/**
 * Public API of text import: bytes → text (decodeBytes), clean-up (cleanText), width folding for
 * matching (foldWidth), and text → Doc (importText, importPresegmented). Segmentation lives in
 * core/segment and is re-exported here for convenience.
 */
export { decodeBytes, DecodeError, firstUndecodableOffset } from './decode';
export type { DecodedText, DecodeErrorReason, TextEncodingName } from './decode';
export { foldWidth } from '../segment/fold';
export { normalizeText } from './normalize';
export { findMojibake } from './mojibake';
export type { MojibakeHit } from './mojibake';
export { cleanText } from './clean';
export type { CleanParagraph, CleanText } from './clean';
export { importText, importTextWithSource, importPresegmented, packImportedText, unpackDoc } from './import';
export type { ImportOptions, ImportedText, PackedDoc } from './import';
export { segmentSentences } from '../segment/segment';
export type { SegmentOptions } from '../segment/segment';
