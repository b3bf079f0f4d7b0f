import type { Project } from '../../../core/model';
import type { TermBase } from '../../../core/glossary/types';
import type { Finding, QaContext } from '../../../core/qa';

/** A finished whole-project run. */
export interface QaResult {
  project: Project;
  findings: Finding[];
  /** The document-wide statistics the live per-bead checks need (length ratios, untranslated tail). */
  stats: Pick<QaContext, 'ratioStats' | 'untranslatedTail'>;
  ms: number;
}
import type { QaWorkerRequest, QaWorkerResponse } from './qa-worker';
import type { SpellingData } from './worker-speller';
import QaWorker from './qa-worker?worker';
import { sentencePatch } from './project-diff';

/**
 * The client side of the QA worker: at most one run in flight; asking again while busy replaces any
 * waiting request (only the newest project matters), and the caller learns which project a result
 * belongs to so it can drop results that an edit has overtaken.
 */
export class QaRunner {
  private readonly worker: Worker;
  /** The project the worker holds (the last one sent). */
  private sent: Project | null = null;
  private nextId = 1;
  private inFlight: { id: number; project: Project; done(r: QaResult | null): void } | null = null;
  private waiting: { project: Project; done(r: QaResult | null): void } | null = null;

  constructor() {
    this.worker = new QaWorker();
    this.worker.onmessage = (event: MessageEvent<QaWorkerResponse>) => {
      const current = this.inFlight;
      this.inFlight = null;
      // After a failure the worker's copy is unknown: send the whole project next time.
      if ('error' in event.data) this.sent = null;
      if (current && current.id === event.data.id) {
        current.done('error' in event.data ? null : { project: current.project, findings: event.data.findings, stats: event.data.stats, ms: event.data.ms });
      }
      this.pump();
    };
  }

  /** Hands the spelling dictionaries to the worker, which loads them once (off the UI thread). */
  setSpelling(data: SpellingData): void {
    this.worker.postMessage({ kind: 'spelling', data } satisfies QaWorkerRequest);
  }

  setGlossary(termBase: TermBase | null): void {
    this.worker.postMessage({ kind: 'glossary', termBase } satisfies QaWorkerRequest);
  }

  /** Check a project; resolves null when a newer request replaced this one before it ran, or on failure. */
  run(project: Project): Promise<QaResult | null> {
    return new Promise((done) => {
      this.waiting?.done(null);
      this.waiting = { project, done };
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight || !this.waiting) return;
    const { project, done } = this.waiting;
    this.waiting = null;
    const id = this.nextId++;
    this.inFlight = { id, project, done };
    // Copying a long project to the worker takes a moment on the UI thread: do it when the page is
    // idle (not mid-scroll or mid-word), or after a second at the latest.
    // After typing, only the changed sentences travel; anything structural sends the whole project.
    const patch = this.sent ? sentencePatch(this.sent, project) : null;
    this.sent = project;
    const request: QaWorkerRequest = patch ? { kind: 'check-patch', id, patch } : { kind: 'check', id, project };
    const post = () => this.worker.postMessage(request);
    if (typeof requestIdleCallback === 'function') requestIdleCallback(post, { timeout: 1000 });
    else setTimeout(post, 0);
  }
}
