import { isAlignedFileName } from '../core/formats/aligned-kinds';
import { FormatError } from '../core/formats/format-error';
import { importFile, importKindOf } from '../core/formats/import-file';
import type { Lang } from '../core/model';
import { decodeText } from './decode-text';

/**
 * A picked or uploaded document as plain text for a new project. Text files are only decoded
 * (UTF-8/16, GB18030), so the clean-up still sees the original line structure; DOCX, HTML and
 * Markdown are reduced to their paragraphs, one blank line apart. TMX/XLIFF are aligned projects,
 * not drafts: they are refused here with a pointer to "Import".
 */
export async function readDocumentText(fileName: string, bytes: Uint8Array, lang: Lang): Promise<string> {
  if (isAlignedFileName(fileName)) throw new FormatError(fileName, 'is an aligned translation file: import it as a project instead');
  // The reader table of core/formats decides what is plain text (everything it does not list).
  if (importKindOf(fileName) === 'text') return decodeText(bytes, fileName);
  const result = await importFile(fileName, bytes, lang);
  if (result.kind !== 'doc') throw new FormatError(fileName, 'is not a document');
  const joiner = lang === 'zh' ? '' : ' ';
  return result.doc.paragraphs.map((p) => p.sentences.map((s) => s.text).join(joiner)).join('\n\n');
}
