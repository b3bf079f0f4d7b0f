import { useMemo } from 'react';
import type { Project, TargetLang } from '../../../core/model';
import type { Finding } from '../../../core/qa/types';
import { alignedTargets } from '../../../core/project/edit';
import { completenessTally } from '../../../core/qa/completeness-tally';
import { openParts } from '../panels/status-bar';
import type { Summary } from '../panels/status-bar';

/**
 * A column header's figures: the translated share ("98 %") and what is still open ("1 to check",
 * "2 left out"). The grid lays them out; the words are the status bar's.
 */
export interface ColumnStat {
  percent: string;
  open: string[];
}

/** The status bar's figures (translated / confirmed shares, problem counts) and the column headers'. */
export function useSummary(rowCount: number, project: Project | null, activeFindings: Finding[]): { summary: Summary; columnStats: Partial<Record<TargetLang, ColumnStat>> } {
  const summary = useMemo<Summary>(() => {
    const s: Summary = { rows: rowCount, targets: {}, errors: 0, warnings: 0, glossary: 0 };
    if (project) {
      // Translated = a translation no completeness finding questions (core/qa/completeness-tally.ts),
      // so the header never says 100 % while the Problems panel reports a sentence missing.
      const tallies = completenessTally(project, activeFindings, { blankIsUntranslated: true });
      for (const t of alignedTargets(project)) {
        const beads = project.alignments[t]!.beads.filter((b) => b.src.length > 0);
        const confirmed = beads.filter((b) => b.confirmed).length;
        const tally = tallies.find((x) => x.lang === t);
        const sources = tally?.sources ?? 0;
        s.targets[t] = {
          translated: sources ? (tally?.translated ?? 0) / sources : 0,
          confirmed: beads.length ? confirmed / beads.length : 0,
          untranslated: tally?.untranslated ?? 0,
          doubtful: tally?.doubtful ?? 0,
          leftOut: tally?.leftOut ?? 0,
        };
      }
    }
    for (const f of activeFindings) {
      if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
      if (f.check.startsWith('glossary.')) s.glossary++;
    }
    return s;
  }, [rowCount, project, activeFindings]);

  const columnStats = useMemo(() => {
    const out: Partial<Record<TargetLang, ColumnStat>> = {};
    for (const t of ['en', 'ru'] as const) {
      const s = summary.targets[t];
      if (!s) continue;
      out[t] = { percent: `${Math.floor(s.translated * 100)} %`, open: openParts(s) };
    }
    return out;
  }, [summary]);
  return { summary, columnStats };
}
