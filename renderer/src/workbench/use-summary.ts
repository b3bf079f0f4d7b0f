import { useMemo } from 'react';
import type { Project, TargetLang } from '../../../core/model';
import type { Finding } from '../../../core/qa/types';
import { alignedTargets } from '../../../core/project/edit';
import type { Summary } from '../panels/status-bar';
import type { SentenceMaps } from './use-project-views';

/** The status bar's figures (translated / confirmed shares, problem counts) and the column headers'. */
export function useSummary(rowCount: number, project: Project | null, maps: SentenceMaps, activeFindings: Finding[]): { summary: Summary; columnStats: Partial<Record<TargetLang, string>> } {
  const summary = useMemo<Summary>(() => {
    const s: Summary = { rows: rowCount, targets: {}, errors: 0, warnings: 0, glossary: 0 };
    if (project) {
      for (const t of alignedTargets(project)) {
        const beads = project.alignments[t]!.beads.filter((b) => b.src.length > 0);
        const map = maps[t];
        const translated = beads.filter((b) => b.tgt.some((id) => (map.get(id)?.text.trim() ?? '') !== '')).length;
        const confirmed = beads.filter((b) => b.confirmed).length;
        s.targets[t] = { translated: beads.length ? translated / beads.length : 0, confirmed: beads.length ? confirmed / beads.length : 0 };
      }
    }
    for (const f of activeFindings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      if (f.check.startsWith('glossary.')) s.glossary++;
    }
    return s;
  }, [rowCount, project, maps, activeFindings]);

  const columnStats = useMemo(() => {
    const out: Partial<Record<TargetLang, string>> = {};
    for (const t of ['en', 'ru'] as const) {
      const s = summary.targets[t];
      if (s) out[t] = `${Math.round(s.translated * 100)} % translated`;
    }
    return out;
  }, [summary]);
  return { summary, columnStats };
}
