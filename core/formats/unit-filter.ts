import type { ExportUnit } from './export-units';
import type { ExportOptions } from './export-options';

/** Apply the export options that drop units: only confirmed, skip empty, 1:1 only. */
export function filterUnits(units: ExportUnit[], options: ExportOptions): ExportUnit[] {
  return units.filter((u) => {
    const targets = Object.values(u.targets);
    if (options.onlyConfirmed && (targets.length === 0 || !targets.every((t) => t.confirmed))) return false;
    if (options.skipEmpty) {
      const blankSource = u.source.sentences.every((s) => s.text.trim() === '');
      const noTarget = targets.every((t) => t.sentences.every((s) => s.text.trim() === ''));
      if (blankSource || noTarget) return false;
    }
    if (options.mergeNm === false) {
      if (u.source.sentences.length > 1 || targets.some((t) => t.sentences.length > 1)) return false;
    }
    return true;
  });
}
