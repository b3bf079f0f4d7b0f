import type { Project, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { allSentences } from '../model/doc';
import { countNonXmlChars } from './xml-escape';
import { addedSentenceCount, writeTmx } from './tmx-write';
import { writeXliff12, writeXliff2 } from './xliff-write';
import { writeDelimited } from './csv-write';
import { writeHtml } from './html-write';
import { writeDocx } from './docx-write';
import type { ExportFormat, ExportOptions, ExportResult } from './export-options';
import { EXPORT_FORMAT_SPECS, describeExportRefusal, exportLanguageRefusal } from './export-formats';
import { buildUnits, isSourceless } from './export-units';
import { filterUnits } from './unit-filter';
import { tableTargets } from './table-rows';

/** Target languages that have both a document and an alignment. */
export function alignedTargets(project: Project): TargetLang[] {
  return TARGET_LANGS.filter((t) => project.targets[t] && project.alignments[t]);
}

/**
 * The targets a format's units carry: a bilingual format's one (`target`, default the first
 * aligned), the trilingual format's two, a table's columns. Throws an Error saying what the project
 * lacks (core exportLanguageRefusal, in the words the Export dialog uses too).
 */
export function exportTargets(project: Project, format: ExportFormat, options: ExportOptions = {}): TargetLang[] {
  const aligned = alignedTargets(project);
  const refusal = exportLanguageRefusal(format, aligned, options);
  if (refusal) throw new Error(describeExportRefusal(refusal));
  switch (EXPORT_FORMAT_SPECS[format].languages) {
    case 'bilingual':
      return [options.target ?? aligned[0]!];
    case 'trilingual':
      return aligned;
    case 'table':
      return tableTargets(project, options);
  }
}

const isTmx = (format: ExportFormat): boolean => format === 'tmx' || format === 'tmx3';

/** How many units `exportProject` writes with these options: the writers' own units and filter (exportContents). */
export function exportUnitCount(project: Project, format: ExportFormat, options: ExportOptions = {}): number {
  return exportContents(project, format, options).units;
}

/**
 * What an export with these options holds, with the writers' own units and filter: its units (a
 * TMX's `<tu>`s: no sentence added in the translation, isSourceless) and the added sentences a TMX
 * keeps outside them, in Duizhao's props (0 for the other formats, which show them as units) — the
 * Export dialog says so beside the unit count, as the export's warning does. One pass over the units.
 */
export function exportContents(project: Project, format: ExportFormat, options: ExportOptions = {}): { units: number; addedOutside: number } {
  const targets = exportTargets(project, format, options);
  const units = filterUnits(buildUnits(project, targets), options);
  if (!isTmx(format)) return { units: units.length, addedOutside: 0 };
  return { units: units.filter((u) => !isSourceless(u, targets)).length, addedOutside: addedSentenceCount(units, targets) };
}

/**
 * The targets in which "only confirmed" leaves no unit at all (nothing is confirmed there), or
 * undefined when it keeps some or is off. Such a file would be an empty deliverable: the CLI
 * refuses to write it and the Export dialog to offer it, both from this one judgement.
 */
export function nothingConfirmedIn(project: Project, format: ExportFormat, options: ExportOptions = {}): TargetLang[] | undefined {
  if (!options.onlyConfirmed) return undefined;
  const targets = exportTargets(project, format, options);
  return exportUnitCount(project, format, { ...options, skipEmpty: false, mergeNm: true }) === 0 ? targets : undefined;
}

/**
 * Export an aligned project. Text formats give a string, DOCX gives bytes. Throws an Error naming
 * the problem when the project lacks what the format needs (no alignment, tmx3 without both).
 */
export async function exportProject(project: Project, format: ExportFormat, options: ExportOptions = {}): Promise<ExportResult> {
  const targets = exportTargets(project, format, options);
  const aligned = alignedTargets(project);
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
    case 'tmx3':
      return done(writeTmx(project, targets, options, warnings));
    case 'xliff':
      return done(writeXliff2(project, targets[0]!, options));
    case 'xliff12':
      return done(writeXliff12(project, targets[0]!, options));
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
