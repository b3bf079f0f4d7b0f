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
import type { TargetLang } from '../../../core/model';
import type { Misspelling } from '../../../core/spelling';
import type { LiveBead, QaWorkerRequest, QaWorkerResponse, SpellWorkerResponse } from './qa-worker';
import type { SpellingData, SpellSettings } from './worker-speller';
import QaWorker from './qa-worker?worker';
import { sentencePatch } from './project-diff';
import { whenIdle } from '../util/idle';

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
  /** Live spelling and dictionary requests waiting for the worker, by id (they do not queue behind each other). */
  private readonly spellWaiting = new Map<number, (r: SpellWorkerResponse) => void>();

  constructor() {
    this.worker = new QaWorker();
    this.worker.onmessage = (event: MessageEvent<QaWorkerResponse | SpellWorkerResponse>) => {
      if ('kind' in event.data) {
        const reply = event.data;
        this.spellWaiting.get(reply.id)?.(reply);
        this.spellWaiting.delete(reply.id);
        return;
      }
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

  /**
   * Hands the spelling dictionaries to the worker, which loads them once (off the UI thread).
   * Resolves once they are loaded, with the versions that came without files and that the worker
   * no longer holds (then nothing changed: fetch those with their files).
   */
  setSpelling(data: SpellingData): Promise<string[]> {
    return this.ask((id) => ({ kind: 'spelling', id, data }), (r) => (r.kind === 'spelling' ? r.missing : []));
  }

  /** The dictionary versions the worker holds: `spelling:dictionaries` need not send them again. */
  heldDictionaries(): Promise<string[]> {
    return this.ask((id) => ({ kind: 'held-dictionaries', id }), (r) => (r.kind === 'held-dictionaries' ? r.versions : []));
  }

  /** The team dictionary's words changed: later checks (live and whole-project) accept them. */
  setTeamWords(words: string[]): void {
    this.worker.postMessage({ kind: 'team-words', words } satisfies QaWorkerRequest);
  }

  /** The unknown words of one sentence (the editor's live squiggles), checked in the worker. */
  spell(lang: TargetLang, text: string, sourceText: string, settings: SpellSettings): Promise<{ misspellings: Misspelling[]; ms: number }> {
    return this.ask((id) => ({ kind: 'spell', id, lang, text, sourceText, settings }), (r) => (r.kind === 'spell' ? { misspellings: r.misspellings, ms: r.ms } : { misspellings: [], ms: 0 }));
  }

  /** names.spelling on one bead (the live check); null when the worker has no dictionaries yet (not checked). */
  names(bead: LiveBead, settings: SpellSettings): Promise<Finding[] | null> {
    return this.ask((id) => ({ kind: 'names', id, bead, settings }), (r) => (r.kind === 'names' ? r.findings : null));
  }

  /** Corrections for a word, best first. */
  suggest(lang: TargetLang, word: string): Promise<string[]> {
    return this.ask((id) => ({ kind: 'suggest', id, lang, word }), (r) => (r.kind === 'suggest' ? r.suggestions : []));
  }

  /** Posts a request answered by id (spelling, suggestions, dictionaries) and resolves with what `read` takes from the answer. */
  private ask<T>(request: (id: number) => QaWorkerRequest, read: (reply: SpellWorkerResponse) => T): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.spellWaiting.set(id, (r) => resolve(read(r)));
      this.worker.postMessage(request(id));
    });
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
    whenIdle(() => this.worker.postMessage(request), 1000, 0);
  }
}
