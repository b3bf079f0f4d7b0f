import type { Project } from '../../../core/model';
import type { TermBase } from '../../../core/glossary/types';
import type { Finding, QaContext } from '../../../core/qa';

/** A finished whole-project run. */
export interface QaResult {
  project: Project;
  findings: Finding[];
  ratioStats: QaContext['ratioStats'];
  ms: number;
}
import type { QaWorkerRequest, QaWorkerResponse } from './qa-worker';
import QaWorker from './qa-worker?worker';

/**
 * The client side of the QA worker: at most one run in flight; asking again while busy replaces any
 * waiting request (only the newest project matters), and the caller learns which project a result
 * belongs to so it can drop results that an edit has overtaken.
 */
export class QaRunner {
  private readonly worker: Worker;
  private nextId = 1;
  private inFlight: { id: number; project: Project; done(r: QaResult | null): void } | null = null;
  private waiting: { project: Project; done(r: QaResult | null): void } | null = null;

  constructor() {
    this.worker = new QaWorker();
    this.worker.onmessage = (event: MessageEvent<QaWorkerResponse>) => {
      const current = this.inFlight;
      this.inFlight = null;
      if (current && current.id === event.data.id) {
        current.done('error' in event.data ? null : { project: current.project, findings: event.data.findings, ratioStats: event.data.ratioStats, ms: event.data.ms });
      }
      this.pump();
    };
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
    this.worker.postMessage({ kind: 'check', id, project } satisfies QaWorkerRequest);
  }
}
