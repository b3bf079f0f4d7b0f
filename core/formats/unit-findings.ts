import type { TargetLang } from '../model/types';
import type { ExportUnit } from './export-units';
import type { ExportFinding } from './export-options';

/** Findings by the sentence ids they name, built once per export (a scan per unit was quadratic: 17 s for 20k units). */
export interface FindingIndex {
  findings: readonly ExportFinding[];
  bySentence: Map<string, number[]>;
}

/** Index the findings by sentence id; positions keep the findings' own order. */
export function indexFindings(findings: readonly ExportFinding[] | undefined): FindingIndex {
  const bySentence = new Map<string, number[]>();
  (findings ?? []).forEach((f, i) => {
    for (const id of f.sentenceIds) {
      const list = bySentence.get(id);
      if (!list) bySentence.set(id, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  return { findings: findings ?? [], bySentence };
}

/** The findings that concern a unit (any of its sentences is named), in their given order, optionally for one target only. */
export function findingsFor(u: ExportUnit, index: FindingIndex, onlyLang?: TargetLang): ExportFinding[] {
  if (!index.findings.length) return [];
  const hits = new Set<number>();
  const add = (id: string) => index.bySentence.get(id)?.forEach((i) => hits.add(i));
  for (const s of u.source.sentences) add(s.id);
  for (const t of Object.values(u.targets)) for (const s of t.sentences) add(s.id);
  return [...hits]
    .sort((a, b) => a - b)
    .map((i) => index.findings[i]!)
    .filter((f) => !onlyLang || !f.lang || f.lang === onlyLang);
}

/** One line per finding: "warning [numbers] 2025 missing in target". */
export function noteText(f: ExportFinding): string {
  return `${f.severity}${f.check ? ` [${f.check}]` : ''}${f.lang ? ` ${f.lang}:` : ''} ${f.message}`;
}
