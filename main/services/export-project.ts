import type { Response } from '../../core/contract';
import type { ExportFormatName, ExportOptionsInput } from '../../core/contract';
import type { Project } from '../../core/model';
import type { Host } from './host';
import { writeFileAtomic } from './atomic-write';

/** What core/formats `exportProject` returns. */
interface ExportResult {
  data: Uint8Array | string;
  mimeType: string;
  extension: string;
}

/** STAND-IN until core/formats `exportProject` is committed. */
function exportProject(_project: Project, format: ExportFormatName, _options: ExportOptionsInput): ExportResult {
  throw new Error(`Export to ${format} is not available in this build yet`);
}

/**
 * Export for the host: the desktop asks where to save and writes the file atomically; web mode
 * returns the bytes (base64) for the browser to download.
 */
export async function exportForHost(host: Host, project: Project, format: ExportFormatName, options: ExportOptionsInput): Promise<Response<'export:run'>> {
  const result = exportProject(project, format, options);
  const bytes = typeof result.data === 'string' ? new TextEncoder().encode(result.data) : result.data;
  const stem = project.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'export';
  const fileName = `${stem}.${result.extension.replace(/^\./, '')}`;
  if (host.webMode) return { fileName, mimeType: result.mimeType, path: null, base64: Buffer.from(bytes).toString('base64') };
  const file = await host.chooseExportPath(fileName);
  if (!file) return null;
  await writeFileAtomic(file, bytes);
  return { fileName, mimeType: result.mimeType, path: file, base64: null };
}
