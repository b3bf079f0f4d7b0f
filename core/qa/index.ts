/** QA checks over an aligned project: `runChecks` in batch, `checkBead` live per bead. */
export { runChecks, checkBead, createQaContext } from './run-checks';
export type { QaOptions } from './run-checks';
export { CHECKS, CHECK_IDS } from './registry';
export { severityRank, SEVERITIES } from './types';
export type { Finding, Severity, SideLocation, SentenceRange, QaContext, QaTermMatcher, Check, BeadCheck, ProjectCheck, BeadView } from './types';
