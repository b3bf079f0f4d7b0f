/// <reference lib="webworker" />
/**
 * Whole-project QA off the UI thread: the consistency and source checks look at every bead, which
 * takes seconds on a long document; run here, typing and scrolling never wait for them.
 */
import type { Project } from '../../../core/model';
import type { TermBase } from '../../../core/glossary/types';
import { createQaContext, loadHanReadings, needsHanReadings, runChecksIn } from '../../../core/qa';
import type { BeadView, Finding, HanReadings, QaContext } from '../../../core/qa';
import { namesSpelling } from '../../../core/qa/checks/names-spelling';
import { hasNameCandidate } from '../../../core/qa/name-readings';
import { createMatcher } from './matcher';
import { docOf, withDoc } from '../../../core/project/edit';
import { updateSentence } from '../../../core/project/edit-doc';
import type { SentencePatch } from './project-diff';
import { heldDictionaries, lastSpeller, setSpellingData, setTeamWords, spellerFor } from './worker-speller';
import type { SpellingData, SpellSettings } from './worker-speller';
import type { TargetLang } from '../../../core/model';
import type { Misspelling } from '../../../core/spelling';

export type QaWorkerRequest =
  | { kind: 'glossary'; termBase: TermBase | null }
  /** Spelling dictionaries and team words (once, and when the English variant changes); answered once loaded. */
  | { kind: 'spelling'; id: number; data: SpellingData }
  /** Which dictionary versions are here (the next `spelling:dictionaries` names them, so their files are not sent). */
  | { kind: 'held-dictionaries'; id: number }
  | { kind: 'check'; id: number; project: Project }
  /** The project the worker last checked, with these sentences replaced (typing). */
  | { kind: 'check-patch'; id: number; patch: SentencePatch }
  /** The team dictionary changed (added here, or read again after a teammate's change). */
  | { kind: 'team-words'; words: string[] }
  /** Live spelling of the sentence being edited (the editor's violet squiggles; probable names marked by the speller). */
  | { kind: 'spell'; id: number; lang: TargetLang; text: string; sourceText: string; settings: SpellSettings }
  /** Corrections for one word, best first (the quick-fix menu). */
  | { kind: 'suggest'; id: number; lang: TargetLang; word: string }
  /** names.spelling on the bead being edited (the live check: the page has no Han readings). */
  | { kind: 'names'; id: number; bead: LiveBead; settings: SpellSettings };
/** A bead as the live names check reads it: its sentences, without the document around it. */
export type LiveBead = Pick<BeadView, 'lang' | 'index' | 'source' | 'target'>;
export type QaWorkerResponse = { id: number; findings: Finding[]; stats: Pick<QaContext, 'ratioStats' | 'untranslatedTail'>; ms: number } | { id: number; error: string };
/** Answers to `spell`, `suggest` and the dictionary messages, told apart from check results by `kind`. */
export type SpellWorkerResponse =
  | { kind: 'spell'; id: number; misspellings: Misspelling[]; ms: number }
  | { kind: 'suggest'; id: number; suggestions: string[] }
  /** null: not checked (no dictionaries yet, as in the first whole-project run): the page keeps what it shows. */
  | { kind: 'names'; id: number; findings: Finding[] | null }
  /** `missing`: versions that came without files but are not here (nothing was changed; send them with files). */
  | { kind: 'spelling'; id: number; missing: string[] }
  | { kind: 'held-dictionaries'; id: number; versions: string[] };

let matcher: ReturnType<typeof createMatcher>;
let termBase: TermBase | null = null;
/** Checks wait for dictionaries being loaded, so the run after them includes spelling. */
let spellingLoad: Promise<void> = Promise.resolve();
let last: Project | undefined;
/** pinyin-pro's readings (names.spelling), once its chunk has loaded; see readingsFor. */
let readings: HanReadings | undefined;
let readingsLoad: Promise<HanReadings> | undefined;

/** pinyin-pro's chunk, fetched once. */
function loadReadings(): Promise<HanReadings> {
  return (readingsLoad ??= loadHanReadings().then((r) => (readings = r)));
}

/**
 * The Han readings for a run. pinyin-pro is a chunk of its own (~170 kB), fetched the first time a
 * translation has a candidate name. The first look at a project, before the spelling dictionaries
 * are here, does not wait for it: names.spelling is silent in that run, and its findings come with
 * the spelling's, in the run the Problems panel says "checking…" for (`waitFor`: a speller is here).
 */
async function readingsFor(project: Project, waitFor: boolean): Promise<HanReadings | undefined> {
  if (readings || !needsHanReadings(project)) return readings;
  const loading = loadReadings();
  return waitFor ? loading : undefined;
}

/**
 * names.spelling on the bead being edited, with the whole-project run's speller (a word the
 * dictionary knows is no misspelt name) and readings: the same findings the run gives that bead.
 * Under a tenth of a millisecond a bead once pinyin-pro is loaded (median on both samples).
 */
async function namesRequest(request: Extract<QaWorkerRequest, { kind: 'names' }>): Promise<SpellWorkerResponse> {
  const speller = spellerFor(request.settings, termBase);
  if (!speller) return { kind: 'names', id: request.id, findings: null };
  const { bead } = request;
  if (!bead.target.some((t) => hasNameCandidate(t.sentence.text, bead.lang))) return { kind: 'names', id: request.id, findings: [] };
  const han = readings ?? (await loadReadings());
  return { kind: 'names', id: request.id, findings: namesSpelling.run(bead, { ratioStats: {}, beads: {}, speller, readings: han }) };
}

function applyPatch(project: Project, patch: SentencePatch): Project {
  let next = project;
  for (const { lang, sentence } of patch) next = withDoc(next, lang, updateSentence(docOf(next, lang)!, sentence.id, () => sentence));
  return next;
}

/** A live spelling request, answered from the speller the whole-project runs use (nothing before the dictionaries). */
function spellRequest(request: Extract<QaWorkerRequest, { kind: 'spell' | 'suggest' }>): SpellWorkerResponse {
  const started = performance.now();
  const speller = request.kind === 'spell' ? spellerFor(request.settings, termBase) : (lastSpeller() ?? spellerFor(last?.settings ?? {}, termBase));
  if (request.kind === 'suggest') return { kind: 'suggest', id: request.id, suggestions: speller ? speller.suggestions(request.word, request.lang) : [] };
  const misspellings = speller ? speller.misspellings(request.text, request.lang, request.sourceText) : [];
  return { kind: 'spell', id: request.id, misspellings, ms: performance.now() - started };
}

self.onmessage = async (event: MessageEvent<QaWorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'glossary') {
    matcher = request.termBase ? createMatcher(request.termBase) : undefined;
    termBase = request.termBase;
    return;
  }
  if (request.kind === 'spelling') {
    const loaded = setSpellingData(request.data).catch((err: unknown) => {
      console.error('spelling dictionaries failed to load', err);
      return [];
    });
    spellingLoad = loaded.then(() => undefined);
    void loaded.then((missing) => self.postMessage({ kind: 'spelling', id: request.id, missing } satisfies SpellWorkerResponse));
    return;
  }
  if (request.kind === 'held-dictionaries') {
    self.postMessage({ kind: 'held-dictionaries', id: request.id, versions: heldDictionaries() } satisfies SpellWorkerResponse);
    return;
  }
  if (request.kind === 'team-words') {
    setTeamWords(request.words);
    return;
  }
  await spellingLoad;
  if (request.kind === 'spell' || request.kind === 'suggest') {
    self.postMessage(spellRequest(request) satisfies SpellWorkerResponse);
    return;
  }
  if (request.kind === 'names') {
    self.postMessage((await namesRequest(request)) satisfies SpellWorkerResponse);
    return;
  }
  const started = performance.now();
  try {
    if (request.kind === 'check-patch' && !last) throw new Error('no project to patch');
    // runChecks with its context kept: the document's length statistics and where its untranslated
    // tail starts are sent back, for the page's live per-bead checks (they cost seconds to build on a
    // long document).
    const project = request.kind === 'check' ? request.project : applyPatch(last!, request.patch);
    last = project;
    const speller = spellerFor(project.settings, termBase);
    const han = await readingsFor(project, speller !== undefined);
    const ctx = createQaContext(project, { ...(matcher ? { matcher } : {}), ...(speller ? { speller } : {}), ...(han ? { readings: han } : {}) });
    const findings = runChecksIn(project, ctx);
    const stats = { ratioStats: ctx.ratioStats, untranslatedTail: ctx.untranslatedTail };
    self.postMessage({ id: request.id, findings, stats, ms: performance.now() - started } satisfies QaWorkerResponse);
  } catch (err) {
    self.postMessage({ id: request.id, error: (err as Error).message } satisfies QaWorkerResponse);
  }
};
