/** QA checks over an aligned project: `runChecks` in batch, `checkBead` live per bead. */
export { runChecks, runChecksIn, checkBead, createQaContext } from './run-checks';
export type { QaOptions } from './run-checks';
export { CHECKS, CHECK_IDS } from './registry';
export { severityRank, SEVERITIES } from './types';
export type { Finding, Severity, SideLocation, SentenceRange, QaContext, QaTermMatcher, Check, BeadCheck, ProjectCheck, BeadView } from './types';
export { buildReport, summaryLine } from './report/report-model';
export type { QaReport, ReportGroup } from './report/report-model';
export { renderTextReport } from './report/text-report';
export { renderJsonReport, JSON_REPORT_VERSION } from './report/json-report';
export { renderHtmlReport, escapeHtml } from './report/html-report';
export { groupSpelling, isSpellingFinding, spellingLine, SPELLING_CHECK_ID } from './report/spelling-groups';
export type { SpellingGroup } from './report/spelling-groups';
export { markTargetTerms, missingTargetTerms } from './term-marks';
export type { TargetTermMark, MissingTerm } from './term-marks';
export { dismissFinding, dismissalKey, dismissalOf, findingSubject, partitionDismissed, projectSentenceText, restoreDismissal } from './dismissals';
export { completenessTally, tallyLine } from './completeness-tally';
export type { CompletenessTally } from './completeness-tally';
