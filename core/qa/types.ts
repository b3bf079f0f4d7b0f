import type { TermMatcher } from '../glossary/types';
import type { BeadVerdict, Doc, Project, Sentence, TargetLang } from '../model/types';
import type { Speller } from '../spelling/speller';
import type { HanReadings } from './han-readings';

/** How bad a finding is; `--fail-on` and the UI's marker colours key off this. */
export type Severity = 'error' | 'warning' | 'info';

/** Severities from least to most serious, so `rank(a) >= rank(b)` means "at least as bad". */
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

/** Numeric rank of a severity (info 0, warning 1, error 2). */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** A character range [start, end) inside one sentence's text. */
export interface SentenceRange {
  sentence: string;
  start: number;
  end: number;
}

/** Where a finding sits on one side (source or target) of the project. */
export interface SideLocation {
  /** Sentence ids involved, in reading order (may be empty for an empty side). */
  sentences: string[];
  /** 0-based index in Doc.paragraphs of the first sentence's paragraph; null when the side is empty. */
  para: number | null;
  /** The exact text the finding points at, when it points at text rather than a whole sentence. */
  range?: SentenceRange;
}

/** One QA finding. Plain data: serialisable to JSON, shown by the CLI, the HTML report and Monaco markers. */
export interface Finding {
  /** Check id, e.g. "completeness.omission". */
  check: string;
  severity: Severity;
  /** One line a translator understands, in English. */
  message: string;
  /** The target language the finding is about; null for source-only findings. */
  lang: TargetLang | null;
  /** Index into project.alignments[lang].beads; null when the finding is not tied to a bead. */
  bead: number | null;
  source: SideLocation | null;
  target: SideLocation | null;
  /** Corrections to offer, best first (spelling findings). */
  suggestions?: string[];
}

/**
 * The term matcher the glossary check uses: core/glossary's `TermMatcher` interface itself (what
 * `createTermMatcher` returns), named here for QA's callers. QA depends on the interface only,
 * never on how a matcher is built.
 */
export type QaTermMatcher = TermMatcher;

/** A sentence together with where it sits in its Doc. */
export interface LocatedSentence {
  sentence: Sentence;
  /** 0-based paragraph index in Doc.paragraphs. */
  para: number;
  /** The paragraph is a heading or section number (一、 / I.). */
  heading: boolean;
}

/** A bead as the bead checks see it: sentence ids resolved to sentences and paragraphs. */
export interface BeadView {
  lang: TargetLang;
  /** Index in project.alignments[lang].beads. */
  index: number;
  source: LocatedSentence[];
  target: LocatedSentence[];
  /** The bead's per-sentence completeness verdict, when it has a current one. */
  verdict?: BeadVerdict;
  /**
   * The whole target document, for a check that must read the sentences around the bead (a
   * quotation the translation runs over several sentences).
   */
  targetDoc?: Doc;
}

/** Robust statistics of log(target length / source length) over one alignment. */
export interface RatioStats {
  /** Median log ratio. */
  median: number;
  /** Median source length (translated letters: Han characters, carried Latin left out): the length the spread is measured at. */
  typicalSource: number;
  /** Median absolute deviation of the length-weighted deviations, scaled to a standard deviation (× 1.4826). */
  spread: number;
  /** How many beads the statistics were computed from. */
  count: number;
}

/** Everything a check may use besides the project itself. Built once per run by `createQaContext`. */
export interface QaContext {
  matcher?: QaTermMatcher;
  /** The spelling dictionaries and skip rules; without one the spelling check stays silent. */
  speller?: Speller;
  /** The readings of Han characters (`loadHanReadings`); without them names.spelling stays silent. */
  readings?: HanReadings;
  /** Length-ratio statistics per target language (absent when too few beads to be meaningful). */
  ratioStats: Partial<Record<TargetLang, RatioStats>>;
  /** Every bead resolved, per target language, for the project checks (empty in a live per-bead run). */
  beads: Partial<Record<TargetLang, BeadView[]>>;
  /**
   * Per target language, the index of the first bead of a long untranslated run at the end of the
   * alignment (a draft in progress): reported once by completeness.untranslated-tail rather than
   * bead by bead. Absent when there is none.
   */
  untranslatedTail?: Partial<Record<TargetLang, number>>;
}

interface CheckInfo {
  /** Stable id, "<group>.<name>"; what `project.settings.disabledChecks` lists. */
  id: string;
  severity: Severity;
  /** One sentence for the settings panel and `--help`. */
  description: string;
}

/** A check over one bead: cheap, pure, run live per keystroke by the editor. */
export interface BeadCheck extends CheckInfo {
  scope: 'bead';
  run(bead: BeadView, ctx: QaContext): Finding[];
}

/** A check that needs the whole project (consistency, source anomalies): run in batch. */
export interface ProjectCheck extends CheckInfo {
  scope: 'project';
  run(project: Project, ctx: QaContext): Finding[];
}

export type Check = BeadCheck | ProjectCheck;
