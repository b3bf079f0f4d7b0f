/**
 * File formats: import (bytes → Doc or Project) and export (Project → bytes or text). Pure: no
 * file system, no DOM; callers read and write the files.
 */
export { importFile, MAX_IMPORT_BYTES, IMPORT_KINDS } from './import-file';
export type { ImportFileOptions, ImportResult } from './import-file';
export { exportProject, exportTargets, exportUnitCount, exportContents, nothingConfirmedIn, alignedTargets } from './export-project';
export { EXPORT_FORMATS, EXPORT_FORMAT_SPECS, describeExportRefusal, exportFileEnding, exportLanguageRefusal, isExportFormat } from './export-formats';
export type { AskedLanguages, ExportFlag, ExportFormatSpec, ExportRefusal } from './export-formats';
export type { ExportFormat, ExportOptions, ExportResult, ExportFinding } from './export-options';
export { exportFindings, findingsForExport } from './qa-findings';
export { FormatError } from './format-error';
export { readTmx } from './tmx-read';
export { readXliff } from './xliff-read';
export { extractDocxParagraphs } from './docx-read';
export { extractHtmlParagraphs } from './html-read';
export { extractMarkdownParagraphs } from './markdown-read';
export { detectLangByScript } from './detect-lang';
export { buildUnits } from './export-units';
export type { ExportUnit } from './export-units';
