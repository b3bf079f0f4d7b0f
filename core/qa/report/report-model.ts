import type { Doc, Project, TargetLang } from '../../model/types';
import { TARGET_LANGS } from '../../model/types';
import { severityRank } from '../types';
import type { Finding, Severity, SideLocation } from '../types';
import { groupSpelling } from './spelling-groups';
import { completenessTally } from '../completeness-tally';
import type { CompletenessTally } from '../completeness-tally';
import type { SpellingGroup } from './spelling-groups';

/** The text one side of a group shows: its sentences joined, and where each starts in `text`. */
export interface ReportSide {
  sentences: string[];
  para: number | null;
  text: string;
  starts: number[];
}

/** A finding's range as offsets into its group's joined side text, for highlighting. */
export interface ReportMark {
  start: number;
  end: number;
}

/** Findings about one place: one bead of one target language, or one source sentence. */
export interface ReportGroup {
  lang: TargetLang | null;
  bead: number | null;
  source: ReportSide | null;
  target: ReportSide | null;
  findings: Array<Finding & { excerpt: { source?: string; target?: string }; marks: { source?: ReportMark; target?: ReportMark } }>;
}

/** Everything a report renders: the groups in reading order and the counts per severity. */
export interface QaReport {
  title: string;
  inputs: string[];
  groups: ReportGroup[];
  counts: Record<Severity, number>;
  /** Spelling findings grouped per word ("goverment ×3"); the groups above still hold each occurrence. */
  spelling: SpellingGroup[];
  /** Per target language: source sentences translated, not translated, doubtful; additions (issue 17). */
  completeness: CompletenessTally[];
  /** Findings left out because the project's dismissals hide them (issue 17); absent when none. */
  dismissed?: number;
}

function sentenceTexts(doc: Doc | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of doc?.paragraphs ?? []) for (const s of p.sentences) map.set(s.id, s.text);
  return map;
}

function side(location: SideLocation | null, texts: Map<string, string>, join: string): ReportSide | null {
  if (!location) return null;
  const starts: number[] = [];
  let text = '';
  location.sentences.forEach((id, i) => {
    if (i > 0) text += join;
    starts.push(text.length);
    text += texts.get(id) ?? '';
  });
  return { sentences: location.sentences, para: location.para, text, starts };
}

/** Where a finding's sentence range falls in the group's joined text. */
function mark(location: SideLocation | null, shown: ReportSide | null): ReportMark | undefined {
  const r = location?.range;
  if (!r || !shown) return undefined;
  const i = shown.sentences.indexOf(r.sentence);
  const offset = shown.starts[i];
  return offset === undefined ? undefined : { start: offset + r.start, end: offset + r.end };
}

function excerpt(location: SideLocation | null, texts: Map<string, string>): string | undefined {
  const r = location?.range;
  return r ? (texts.get(r.sentence) ?? '').slice(r.start, r.end) : undefined;
}

/** Sort key: target language (source-only last), then bead, then source paragraph. */
function order(f: Finding): [number, number, number] {
  const lang = f.lang === null ? TARGET_LANGS.length : TARGET_LANGS.indexOf(f.lang);
  return [lang, f.bead ?? Number.MAX_SAFE_INTEGER, f.source?.para ?? Number.MAX_SAFE_INTEGER];
}

/**
 * Groups findings by the place they are about (a bead, or a source sentence for source-only
 * findings), in reading order, with the sentence texts and the exact text each finding points at.
 */
export function buildReport(project: Project, findings: readonly Finding[], inputs: string[] = []): QaReport {
  const sourceTexts = sentenceTexts(project.source);
  const targetTexts: Partial<Record<TargetLang, Map<string, string>>> = {};
  for (const lang of TARGET_LANGS) targetTexts[lang] = sentenceTexts(project.targets[lang]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const groups = new Map<string, ReportGroup>();
  const sorted = [...findings].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || severityRank(b.severity) - severityRank(a.severity);
  });
  for (const f of sorted) {
    counts[f.severity]++;
    const tgtTexts = f.lang ? (targetTexts[f.lang] ?? new Map<string, string>()) : new Map<string, string>();
    const key = f.bead !== null ? `${f.lang}:${f.bead}` : `src:${f.source?.sentences.join(',') ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        lang: f.lang,
        bead: f.bead,
        source: side(f.source, sourceTexts, ''),
        target: side(f.target, tgtTexts, ' '),
        findings: [],
      };
      groups.set(key, group);
    }
    const ex: { source?: string; target?: string } = {};
    const s = excerpt(f.source, sourceTexts);
    const t = excerpt(f.target, tgtTexts);
    if (s !== undefined) ex.source = s;
    if (t !== undefined) ex.target = t;
    const marks: { source?: ReportMark; target?: ReportMark } = {};
    const ms = mark(f.source, group.source);
    const mt = mark(f.target, group.target);
    if (ms) marks.source = ms;
    if (mt) marks.target = mt;
    group.findings.push({ ...f, excerpt: ex, marks });
  }
  const spelling = groupSpelling(sorted, (f) => excerpt(f.target, f.lang ? (targetTexts[f.lang] ?? new Map<string, string>()) : new Map<string, string>()) ?? '');
  return { title: project.name, inputs, groups: [...groups.values()], counts, spelling, completeness: completenessTally(project, findings) };
}

/** "; 3 dismissed findings not shown" after the summary, or nothing. */
export function dismissedNote(report: QaReport): string {
  const n = report.dismissed ?? 0;
  return n > 0 ? `; ${n} dismissed finding${n === 1 ? '' : 's'} not shown (dismissed in the project)` : '';
}

/** "2 errors, 1 warning, 0 info" */
export function summaryLine(counts: Record<Severity, number>): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}`;
}

/** Where a group is, for a heading: "en · bead 12 · source ¶4 · target ¶5", or "source ¶3". */
export function groupLocation(group: ReportGroup): string {
  const parts: string[] = [];
  parts.push(group.lang ?? 'source');
  if (group.bead !== null) parts.push(`bead ${group.bead + 1}`);
  if (group.source?.para != null) parts.push(`source ¶${group.source.para + 1}`);
  if (group.target?.para != null) parts.push(`target ¶${group.target.para + 1}`);
  return parts.join(' · ');
}
