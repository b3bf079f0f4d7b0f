import { TARGET_LANGS } from '../model/types';
import type { Project, TargetLang } from '../model/types';
import { beadView, beadViews, indexDoc } from './bead-view';
import { CHECKS } from './registry';
import { lengthRatioStats } from './stats/length-ratio';
import { untranslatedTailStart } from './stats/untranslated-tail';
import type { Speller } from '../spelling/speller';
import type { HanReadings } from './han-readings';
import type { BeadCheck, BeadView, Finding, QaContext, QaTermMatcher } from './types';

/** Options of a QA run. */
export interface QaOptions {
  /** The term matcher for the glossary checks; without one they stay silent. */
  matcher?: QaTermMatcher;
  /** The spelling dictionaries (core/spelling createSpeller); without one spelling is not checked. */
  speller?: Speller;
  /**
   * The readings of Han characters, for names.spelling: `await loadHanReadings()` when
   * `needsHanReadings(project)` says a translation has a candidate name; without them it is silent.
   */
  readings?: HanReadings;
  /** Check ids to skip, on top of `project.settings.disabledChecks`. */
  disabled?: readonly string[];
}

function enabled(project: Project, options: Pick<QaOptions, 'disabled'>): (id: string) => boolean {
  const off = new Set([...project.settings.disabledChecks, ...(options.disabled ?? [])]);
  return (id) => !off.has(id);
}

/**
 * Resolves every bead and computes each alignment's length-ratio statistics. Build it once and pass
 * it to `checkBead` so live checks judge a bead against the whole document cheaply.
 */
export function createQaContext(project: Project, options: QaOptions = {}): QaContext {
  const sourceIndex = indexDoc(project.source);
  const beads: Partial<Record<TargetLang, BeadView[]>> = {};
  const ratioStats: QaContext['ratioStats'] = {};
  const untranslatedTail: Partial<Record<TargetLang, number>> = {};
  for (const lang of TARGET_LANGS) {
    const views = beadViews(project, lang, sourceIndex);
    if (views.length === 0) continue;
    beads[lang] = views;
    const stats = lengthRatioStats(views);
    if (stats) ratioStats[lang] = stats;
    const tail = untranslatedTailStart(views);
    if (tail !== undefined) untranslatedTail[lang] = tail;
  }
  const ctx: QaContext = { ratioStats, beads, untranslatedTail };
  if (options.matcher) ctx.matcher = options.matcher;
  if (options.speller) ctx.speller = options.speller;
  if (options.readings) ctx.readings = options.readings;
  return ctx;
}

/**
 * Runs every enabled check over the project: bead checks on each bead of each target language, then
 * the project checks (consistency, source anomalies). Pure; findings in reading order per check.
 */
export function runChecks(project: Project, options: QaOptions = {}): Finding[] {
  return runChecksIn(project, createQaContext(project, options), options);
}

/**
 * `runChecks` in a context the caller built with `createQaContext` and keeps: the app's QA worker
 * sends the context's length statistics back for the live per-bead checks.
 */
export function runChecksIn(project: Project, ctx: QaContext, options: Pick<QaOptions, 'disabled'> = {}): Finding[] {
  const on = enabled(project, options);
  const findings: Finding[] = [];
  const beadChecks = CHECKS.filter((c): c is BeadCheck => c.scope === 'bead' && on(c.id));
  for (const lang of TARGET_LANGS) {
    for (const bead of ctx.beads[lang] ?? []) for (const check of beadChecks) appendAll(findings, check.run(bead, ctx));
  }
  for (const check of CHECKS) if (check.scope === 'project' && on(check.id)) appendAll(findings, check.run(project, ctx));
  return findings;
}

/**
 * The live, incremental form for the editor: runs only the bead checks on one bead, typically after a
 * keystroke, for Monaco markers. Cost is that bead's text plus a lookup of its sentences; pass the
 * `ctx` from `createQaContext` (rebuilt when the alignment changes, not per keystroke) so the
 * partial-omission check keeps the document's length statistics and the glossary checks their
 * matcher. Consistency and source checks need the whole project: run `runChecks` for those.
 */
export function checkBead(project: Project, lang: TargetLang, index: number, ctx: QaContext = createQaContext(project), options: QaOptions = {}): Finding[] {
  const bead = beadView(project, lang, index);
  if (!bead) return [];
  const on = enabled(project, options);
  let live: QaContext = options.matcher ? { ...ctx, matcher: options.matcher } : ctx;
  if (options.speller) live = { ...live, speller: options.speller };
  const findings: Finding[] = [];
  for (const check of CHECKS) if (check.scope === 'bead' && on(check.id)) appendAll(findings, check.run(bead, live));
  return findings;
}

/** Appends one by one: a project check may return more findings than the stack holds arguments. */
function appendAll<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item);
}
