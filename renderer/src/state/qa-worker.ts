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
import { docOf, withDoc } from '../../../core/project/edit';
import { updateSentence } from '../../../core/project/edit-doc';
import type { SentencePatch } from './project-diff';
import { setSpellingData, spellerFor } from './worker-speller';
import type { SpellingData } from './worker-speller';

export type QaWorkerRequest =
  | { kind: 'glossary'; termBase: TermBase | null }
  /** Spelling dictionaries and team words (once, and when the English variant changes). */
  | { kind: 'spelling'; data: SpellingData }
  | { kind: 'check'; id: number; project: Project }
  /** The project the worker last checked, with these sentences replaced (typing). */
  | { kind: 'check-patch'; id: number; patch: SentencePatch };
export type QaWorkerResponse = { id: number; findings: Finding[]; stats: Pick<QaContext, 'ratioStats' | 'untranslatedTail'>; ms: number } | { id: number; error: string };

let matcher: ReturnType<typeof createMatcher>;
let termBase: TermBase | null = null;
/** Checks wait for dictionaries being loaded, so the run after them includes spelling. */
let spellingLoad: Promise<void> = Promise.resolve();
let last: Project | undefined;

function applyPatch(project: Project, patch: SentencePatch): Project {
  let next = project;
  for (const { lang, sentence } of patch) next = withDoc(next, lang, updateSentence(docOf(next, lang)!, sentence.id, () => sentence));
  return next;
}

self.onmessage = async (event: MessageEvent<QaWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'glossary') {
    matcher = request.termBase ? createMatcher(request.termBase) : undefined;
    termBase = request.termBase;
    return;
  }
  if (request.kind === 'spelling') {
    spellingLoad = setSpellingData(request.data).catch((err: unknown) => console.error('spelling dictionaries failed to load', err));
    return;
  }
  await spellingLoad;
  const started = performance.now();
  try {
    if (request.kind === 'check-patch' && !last) throw new Error('no project to patch');
    // runChecks, spelled out so the context it builds (the document's length statistics, where its
    // untranslated tail starts) can be sent back: the page's live per-bead checks need it and it costs
    // seconds on a long document.
    const project = request.kind === 'check' ? request.project : applyPatch(last!, request.patch);
    last = project;
    const off = new Set(project.settings.disabledChecks);
    const speller = spellerFor(project, termBase);
    const ctx = createQaContext(project, { ...(matcher ? { matcher } : {}), ...(speller ? { speller } : {}) });
    const findings: Finding[] = [];
    for (const check of CHECKS) {
      if (off.has(check.id)) continue;
      if (check.scope === 'bead') {
        for (const lang of ['en', 'ru'] as const) for (const bead of ctx.beads[lang] ?? []) for (const f of check.run(bead, ctx)) findings.push(f);
      } else for (const f of check.run(project, ctx)) findings.push(f);
    }
    const stats = { ratioStats: ctx.ratioStats, untranslatedTail: ctx.untranslatedTail };
    self.postMessage({ id: request.id, findings, stats, ms: performance.now() - started } satisfies QaWorkerResponse);
  } catch (err) {
    self.postMessage({ id: request.id, error: (err as Error).message } satisfies QaWorkerResponse);
  }
};
