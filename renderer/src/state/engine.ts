import type { Project, TargetLang } from '../../../core/model';
import type { TermBase } from '../../../core/glossary/types';
import { CHECKS, checkBead, runChecks } from '../../../core/qa';
import type { Finding, QaContext, QaTermMatcher } from '../../../core/qa';
import { createMatcher } from './matcher';

/**
 * The engine functions the renderer runs in-page (core/ is pure, so QA and term matching need no
 * round trip to main): whole-project checks, the cheap per-bead checks for live markers, and the
 * glossary matcher.
 */
export interface RendererEngine {
  createMatcher(termBase: TermBase): QaTermMatcher | undefined;
  runChecks(project: Project, matcher: QaTermMatcher | undefined): Finding[];
  checkBead(project: Project, lang: TargetLang, bead: number, matcher: QaTermMatcher | undefined): Finding[];
  /** Ids of the checks checkBead runs: their findings for a bead are replaced live. */
  beadCheckIds: ReadonlySet<string>;
}

/** What the live checks take from the last whole-project run: the document-wide statistics. */
export type LiveStats = Pick<QaContext, 'ratioStats' | 'untranslatedTail'>;

/**
 * The live checks' context: the document's length statistics and where its untranslated tail starts
 * come from the last whole-project run (in the worker); building them here would cost seconds on a
 * long document, on the first keystroke. Without the tail, typing in an untranslated tail would flag
 * every empty bead there as an omission instead of the one tail finding.
 */
let liveContext: QaContext = { ratioStats: {}, beads: {} };

/** Take the statistics of a finished whole-project run for the live checks. */
export function setLiveStats(stats: LiveStats): void {
  liveContext = { ratioStats: stats.ratioStats, untranslatedTail: stats.untranslatedTail, beads: {} };
}

export const engine: RendererEngine = {
  createMatcher,
  runChecks: (project, matcher) => runChecks(project, matcher ? { matcher } : {}),
  checkBead: (project, lang, bead, matcher) => checkBead(project, lang, bead, liveContext, matcher ? { matcher } : {}),
  beadCheckIds: new Set(CHECKS.filter((c) => c.scope === 'bead').map((c) => c.id)),
};
