import type { Project, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { allSentences } from '../model/doc';
import { countNonXmlChars } from './xml-escape';
import { writeTmx } from './tmx-write';
import { writeXliff12, writeXliff2 } from './xliff-write';
import { writeDelimited } from './csv-write';
import { writeHtml } from './html-write';
import { writeDocx } from './docx-write';
import type { ExportFormat, ExportOptions, ExportResult } from './export-options';
import { EXPORT_FORMAT_SPECS } from './export-formats';

/** Target languages that have both a document and an alignment. */
export function alignedTargets(project: Project): TargetLang[] {
  return TARGET_LANGS.filter((t) => project.targets[t] && project.alignments[t]);
}

/**
 * Export an aligned project. Text formats give a string, DOCX gives bytes. Throws an Error naming
 * the problem when the project lacks what the format needs (no alignment, tmx3 without both).
 */
export async function exportProject(project: Project, format: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
  const aligned = alignedTargets(project);
  if (aligned.length === 0) throw new Error(`project "${project.name}" has no aligned target (en or ru) to export`);
  const pick = (): TargetLang => {
    const t = options.target ?? aligned[0]!;
    if (!aligned.includes(t)) throw new Error(`project "${project.name}" has no aligned ${t} target (aligned: ${aligned.join(', ')})`);
    return t;
  };
  const warnings: string[] = [];
  if (format !== 'csv' && format !== 'tsv') {
    const texts = [project.source, ...aligned.map((t) => project.targets[t]!)].flatMap((d) => allSentences(d).map((s) => s.text));
    const removed = countNonXmlChars(texts);
    if (removed) warnings.push(`${removed} control character(s) not allowed in XML were left out of the export`);
  }
  const { extension, mimeType } = EXPORT_FORMAT_SPECS[format];
  const done = (data: string | Uint8Array): ExportResult => ({ data, extension, mimeType, warnings });
  switch (format) {
    case 'tmx':
      return done(writeTmx(project, [pick()], options));
    case 'tmx3':
      if (aligned.length < 2) throw new Error(`tmx3 needs both the en and the ru alignment; project "${project.name}" has only ${aligned.join(', ')}`);
      return done(writeTmx(project, aligned, options));
    case 'xliff':
      return done(writeXliff2(project, pick(), options));
    case 'xliff12':
      return done(writeXliff12(project, pick(), options));
    case 'csv':
      return done(writeDelimited(project, ',', options));
    case 'tsv':
      return done(writeDelimited(project, '\t', options));
    case 'html':
      return done(writeHtml(project, options));
    case 'docx':
      return done(await writeDocx(project, options));
  }
}
