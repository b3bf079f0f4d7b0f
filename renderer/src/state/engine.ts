import type { Alignment, Project, TargetLang } from '../../../core/model';
import type { TermBase } from '../../../core/glossary/types';
import { CHECKS, checkBead, createQaContext, runChecks } from '../../../core/qa';
import type { Finding, QaContext, QaTermMatcher } from '../../../core/qa';

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

// The QA context (document length statistics) depends on the alignment, not on each keystroke:
// keep one per alignment object so a live check costs only its bead.
const contexts = new WeakMap<Alignment | Project, QaContext>();

function contextFor(project: Project): QaContext {
  const key = project.alignments.en ?? project.alignments.ru ?? project;
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = createQaContext(project);
    contexts.set(key, ctx);
  }
  return ctx;
}

export const engine: RendererEngine = {
  createMatcher: () => undefined,
  runChecks: (project, matcher) => runChecks(project, matcher ? { matcher } : {}),
  checkBead: (project, lang, bead, matcher) => checkBead(project, lang, bead, contextFor(project), matcher ? { matcher } : {}),
  beadCheckIds: new Set(CHECKS.filter((c) => c.scope === 'bead').map((c) => c.id)),
};
