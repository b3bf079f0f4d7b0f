import { documentText } from '../core/formats/import-file';

/**
 * A picked or uploaded document as text for a new project: core/formats' `documentText` (one
 * reader per extension, one size check, one decode-error wording). Text files are only decoded, so
 * the clean-up still sees the original line structure; DOCX, HTML and Markdown give their
 * paragraphs, one blank line apart, not yet cleaned or segmented: creating the project does that
 * once (before, a DOCX was cleaned and segmented here, flattened, and cleaned and segmented again).
 * TMX/XLIFF are aligned projects, not drafts: refused with a pointer to Import.
 */
export function readDocumentText(fileName: string, bytes: Uint8Array): Promise<string> {
  return documentText(fileName, bytes);
}
