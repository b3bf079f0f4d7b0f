import type { Response } from '../core/contract';
import type { ExportFormatName, ExportOptionsInput } from '../core/contract';
import { EXPORT_FORMAT_SPECS, exportFileEnding, exportProject, exportFindings } from '../core/formats';
import type { ExportOptions } from '../core/formats';
import type { QaTermMatcher } from '../core/qa';
import type { Project } from '../core/model';
import type { Host } from './host';
import { writeFileAtomic } from './atomic-write';

/** A file name stem from the project name: letters and digits of any script, the rest "-". */
export function fileStem(name: string): string {
  return name.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'export';
}

/**
 * Export for the host: the desktop asks where to save and writes the file atomically; web mode
 * returns the bytes (base64) for the browser to download.
 */
export async function exportForHost(
  host: Host,
  project: Project,
  format: ExportFormatName,
  options: ExportOptionsInput,
  qaMatcher: () => Promise<QaTermMatcher | undefined>,
): Promise<Response<'export:run'>> {
  const { qa = true, ...rest } = options;
  const exportOptions: ExportOptions = { ...rest, toolVersion: host.version };
  if (qa && EXPORT_FORMAT_SPECS[format].carriesQa) {
    const matcher = await qaMatcher();
    exportOptions.findings = exportFindings(project, matcher);
  }
  const result = await exportProject(project, format, exportOptions);
  const bytes = typeof result.data === 'string' ? new TextEncoder().encode(result.data) : result.data;
  // The languages in the name; a table of zh and one target says which (zh | en | ru says nothing).
  const one = options.targets?.length === 1 ? options.targets[0] : undefined;
  const suffix = EXPORT_FORMAT_SPECS[format].languages === 'trilingual' ? '.zh-en-ru' : options.target ? `.zh-${options.target}` : one ? `.zh-${one}` : '';
  // XLIFF 2.1 and 1.2 share .xlf: the ending tells them apart (….zh-en.xliff2.xlf / .xliff12.xlf).
  const fileName = `${fileStem(project.name)}${suffix}.${exportFileEnding(format)}`;
  const base = { fileName, mimeType: result.mimeType, warnings: result.warnings };
  if (host.webMode) return { ...base, path: null, base64: Buffer.from(bytes).toString('base64') };
  const file = await host.chooseExportPath(fileName);
  if (!file) return null;
  await writeFileAtomic(file, bytes);
  return { ...base, path: file, base64: null };
}
