import type { TargetLang } from '../model/types';
import type { ExportUnit } from './export-units';
import type { ExportFinding } from './export-options';

/** The findings that concern a unit (any of its sentences is named), optionally for one target only. */
export function findingsFor(u: ExportUnit, findings: ExportFinding[] | undefined, onlyLang?: TargetLang): ExportFinding[] {
  if (!findings?.length) return [];
  const ids = new Set<string>(u.source.sentences.map((s) => s.id));
  for (const t of Object.values(u.targets)) for (const s of t.sentences) ids.add(s.id);
  return findings.filter((f) => (!onlyLang || !f.lang || f.lang === onlyLang) && f.sentenceIds.some((id) => ids.has(id)));
}

/** One line per finding: "warning [numbers] 2025 missing in target". */
export function noteText(f: ExportFinding): string {
  return `${f.severity}${f.check ? ` [${f.check}]` : ''}${f.lang ? ` ${f.lang}:` : ''} ${f.message}`;
}
