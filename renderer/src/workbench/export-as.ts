import type { ExportFormatName, ExportOptionsInput } from '../../../core/contract/export-types';
import { api } from '../api';
import type { Session } from '../state/session';
import { downloadBase64 } from '../util/download';

/** Export the open project through main: a file written by main (desktop) or a download (web). */
export async function exportAs(format: ExportFormatName, options: ExportOptionsInput, w: { session: Session; setBusy(label: string | null): void; toast(text: string): void; toastError(text: string): void }): Promise<void> {
  const p = w.session.current();
  if (!p) return;
  w.setBusy(`Exporting ${format.toUpperCase()}…`);
  try {
    const result = await api()['export:run']({ project: p, format, options });
    if (!result) return;
    if (result.base64 !== null) downloadBase64(result.base64, result.fileName, result.mimeType);
    w.toast([result.path ? `Exported to ${result.path}` : `Exported ${result.fileName}`, ...result.warnings].join('. '));
  } catch (err) {
    w.toastError(`Export failed: ${(err as Error).message}`);
  } finally {
    w.setBusy(null);
  }
}
