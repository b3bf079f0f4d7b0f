import type { Project, TargetLang } from '../../../core/model';
import type { TermBase } from '../../../core/glossary/types';
import type { Finding, QaTermMatcher } from '../../../core/qa/types';

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

export const engine: RendererEngine = {
  createMatcher: () => undefined,
  runChecks: () => [],
  checkBead: () => [],
  beadCheckIds: new Set(),
};
