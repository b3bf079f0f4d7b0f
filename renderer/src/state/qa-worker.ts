/// <reference lib="webworker" />
/**
 * Whole-project QA off the UI thread: the consistency and source checks look at every bead, which
 * takes seconds on a long document; run here, typing and scrolling never wait for them.
 */
import type { Project } from '../../../core/model';
import type { TermBase } from '../../../core/glossary/types';
import { CHECKS, createQaContext } from '../../../core/qa';
import type { Finding, QaContext } from '../../../core/qa';
import { createMatcher } from './matcher';

export type QaWorkerRequest = { kind: 'glossary'; termBase: TermBase | null } | { kind: 'check'; id: number; project: Project };
export type QaWorkerResponse = { id: number; findings: Finding[]; ratioStats: QaContext['ratioStats']; ms: number } | { id: number; error: string };

let matcher: ReturnType<typeof createMatcher>;

self.onmessage = (event: MessageEvent<QaWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'glossary') {
    matcher = request.termBase ? createMatcher(request.termBase) : undefined;
    return;
  }
  const started = performance.now();
  try {
    // runChecks, spelled out so the context it builds (the document's length statistics) can be
    // sent back: the page's live per-bead checks need it and it costs seconds on a long document.
    const project = request.project;
    const off = new Set(project.settings.disabledChecks);
    const ctx = createQaContext(project, matcher ? { matcher } : {});
    const findings: Finding[] = [];
    for (const check of CHECKS) {
      if (off.has(check.id)) continue;
      if (check.scope === 'bead') {
        for (const lang of ['en', 'ru'] as const) for (const bead of ctx.beads[lang] ?? []) findings.push(...check.run(bead, ctx));
      } else findings.push(...check.run(project, ctx));
    }
    self.postMessage({ id: request.id, findings, ratioStats: ctx.ratioStats, ms: performance.now() - started } satisfies QaWorkerResponse);
  } catch (err) {
    self.postMessage({ id: request.id, error: (err as Error).message } satisfies QaWorkerResponse);
  }
};
