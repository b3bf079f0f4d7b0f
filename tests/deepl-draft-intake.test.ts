import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../core/contract';
import type { Handlers, Response } from '../core/contract';
import { allSentences } from '../core/model';
import type { Project } from '../core/model';
import { createHistory, record, undo, undoLabel } from '../core/project/history';
import type { History } from '../core/project/history';
import { insertEmptyPartner } from '../core/project/edit-align';
import { setSentenceText } from '../core/project/edit-text';
import { environmentKeySource } from '../services/deepl/key-source';
import { projectEngine } from '../services/engine';
import { loadSampleProject } from '../services/sample-project';
import { accountLine, glossaryNotes } from '../renderer/src/panels/deepl-draft';
import { createDraftIntake } from '../renderer/src/panels/draft-intake';
import { deeplHandlersForTest } from './helpers/deepl-handlers';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

// The app's DeepL draft keeps what arrived in the project while the run goes on: main hands each
// batch's drafts out through deepl:progress, the renderer's intake puts them into its project (so
// autosave and crash recovery cover them). Real handlers and deepl-node against the fake DeepL; the
// renderer's session is stood in for by the real undo history.
const ROOT = join(__dirname, '..');
let sample: Project;
let fake: FakeDeepL;
let handlers: Handlers;
beforeAll(async () => {
  sample = await loadSampleProject(join(ROOT, 'samples'), projectEngine);
}, 30_000);
beforeEach(async () => {
  fake = await startFakeDeepL();
  handlers = deeplHandlersForTest(fake.url, environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }), mkdtempSync(join(tmpdir(), 'duizhao-intake-')));
});
afterEach(() => fake.close());

const progress = (draftsFrom?: number) => dispatch(handlers, 'deepl:progress', draftsFrom === undefined ? {} : { draftsFrom }) as Promise<Response<'deepl:progress'>>;
const draft = (project: Project) => dispatch(handlers, 'deepl:draft', { project, target: 'ru', useGlossary: false }) as Promise<Response<'deepl:draft'>>;

/** The renderer's session in miniature: the real history, with the clock under the test's control. */
function session(project: Project) {
  let history: History<Project> = createHistory(project);
  let now = 0;
  return {
    get history() {
      return history;
    },
    project: () => history.present.state,
    /** What the app's DeepL draft does with each batch: one step per run, with no time limit. */
    draftEdit: (change: (p: Project) => Project) => {
      history = record(history, change(history.present.state), { label: 'DeepL draft', coalesceKey: 'deepl-draft:1', coalesceMs: Infinity, now: (now += 60_000) });
    },
    /** The translator, between batches. */
    type: (label: string, change: (p: Project) => Project) => {
      history = record(history, change(history.present.state), { label, now: (now += 1000) });
    },
    undo: () => (history = undo(history)),
  };
}

describe('a DeepL draft in the app keeps its drafts in the project as they arrive', () => {
  // The sample's source with no Russian yet: 57 segments in 2 requests.
  const bare = () => ({ ...sample, targets: {}, alignments: {} });

  it('deepl:progress hands out each batch while the next request is in flight; the final result lists the same drafts', async () => {
    const second = fake.hold({ path: '/v2/translate', skip: 1 });
    const pending = draft(bare());
    await second.arrived;
    const first = fake.translateRequests()[0]!.params.text!;
    const during = await progress(0);
    expect(during).toMatchObject({ running: true, segmentsDone: first.length });
    expect(during.drafts.map((d) => d.text)).toEqual(first.map((t) => `[RU] ${t}`));
    // From an index on, and nothing without one (the MT re-alignment's polls).
    expect((await progress(5)).drafts).toEqual(during.drafts.slice(5));
    expect((await progress()).drafts).toEqual([]);
    second.release();
    const result = await pending;
    expect(result.error).toBeNull();
    expect(result.drafts.slice(0, first.length)).toEqual(during.drafts);
    expect(result.drafts).toHaveLength(result.estimate.segments);
    expect(fake.translateRequests()).toHaveLength(2);
    expect(await progress(0)).toMatchObject({ running: false, drafts: [] });
  });

  it('the intake applies each batch once, as one undo step; text typed meanwhile is never overwritten and undoes on its own', async () => {
    const second = fake.hold({ path: '/v2/translate', skip: 1 });
    const s = session(bare());
    const intake = createDraftIntake('ru', { project: s.project, sameProject: () => true, edit: s.draftEdit });
    const pending = draft(bare());
    const held = await second.arrived;

    // Batch 1 lands in the project while batch 2 is out; an overlapping poll changes nothing.
    const during = await progress(intake.taken);
    intake.take(0, during.drafts);
    expect(intake).toMatchObject({ taken: during.drafts.length, kept: during.drafts.length });
    const afterFirst = s.history;
    intake.take(0, during.drafts);
    expect(s.history).toBe(afterFirst);
    expect(allSentences(s.project().targets.ru!).filter((x) => x.status === 'mt')).toHaveLength(during.drafts.length);

    // Meanwhile the translator translates by hand a sentence batch 2 is drafting.
    const chinese = held.params.text![3]!;
    const beadIndex = s.project().alignments.ru!.beads.findIndex((b) => b.src.map((id) => allSentences(s.project().source).find((x) => x.id === id)!.text.trim()).join('') === chinese);
    expect(beadIndex).toBeGreaterThanOrEqual(0);
    let typedId = '';
    s.type('insert partner', (p) => {
      const r = insertEmptyPartner(p, 'ru', beadIndex);
      typedId = r.sentenceId;
      return r.project;
    });
    const mine = 'Перевод, набранный вручную.';
    s.type('typing', (p) => setSentenceText(p, 'ru', typedId, mine));

    second.release();
    const result = await pending;
    // A late poll (from an old index) and the final result: each draft is applied once.
    intake.take(0, during.drafts);
    intake.take(0, result.drafts);
    expect(intake.taken).toBe(result.drafts.length);
    expect(intake.kept).toBe(result.drafts.length - 1);
    expect(intake.skipped).toEqual([{ srcIds: s.project().alignments.ru!.beads[beadIndex]!.src, reason: 'the sentence was translated by hand meanwhile' }]);
    const ru = allSentences(s.project().targets.ru!);
    expect(ru.find((x) => x.id === typedId)).toEqual({ id: typedId, text: mine, status: 'edited' });
    expect(ru.filter((x) => x.status === 'mt')).toHaveLength(result.drafts.length - 1);

    // Undo: batch 2 first (the translator's edit split the run's step), then the typing, then batch 1.
    expect(undoLabel(s.history)).toBe('DeepL draft');
    s.undo();
    expect(allSentences(s.project().targets.ru!).filter((x) => x.status === 'mt')).toHaveLength(during.drafts.length);
    expect(allSentences(s.project().targets.ru!).find((x) => x.id === typedId)?.text).toBe(mine);
    s.undo();
    s.undo();
    expect(s.project()).toBe(afterFirst.present.state);
    expect(undoLabel(s.history)).toBe('DeepL draft');
    s.undo();
    expect(s.project().targets.ru).toBeUndefined();
  });

  it('batches a minute apart stay one undo step when nothing else was edited; another project opened meanwhile gets nothing', async () => {
    const second = fake.hold({ path: '/v2/translate', skip: 1 });
    const s = session(bare());
    let same = true;
    const intake = createDraftIntake('ru', { project: s.project, sameProject: () => same, edit: s.draftEdit });
    const pending = draft(bare());
    await second.arrived;
    intake.take(0, (await progress(0)).drafts);
    second.release();
    intake.take(0, (await pending).drafts);
    expect(s.history.past).toHaveLength(1);
    expect(allSentences(s.project().targets.ru!).every((x) => x.status === 'mt')).toBe(true);
    s.undo();
    expect(s.project().targets.ru).toBeUndefined();

    // The same run's drafts after the translator opened another project: nothing goes in.
    const other = session(bare());
    same = false;
    const late = createDraftIntake('ru', { project: other.project, sameProject: () => same, edit: other.draftEdit });
    late.take(0, (await draft(bare())).drafts);
    expect(other.history.past).toHaveLength(0);
    expect(late.kept).toBe(0);
  });
});

describe('what the draft confirmation and result tell the translator', () => {
  it('glossary notes name the file and line of each term DeepL cannot take, and the sync warnings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-notes-'));
    const h = deeplHandlersForTest(fake.url, environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }), dir);
    const run = (glossaryPaths: string[]) => dispatch(h, 'deepl:draft', { project: { ...sample, targets: {}, alignments: {}, glossaryPaths }, target: 'ru' }) as Promise<Response<'deepl:draft'>>;
    const first = await run([]);
    expect(glossaryNotes(first.glossary)).toBeNull();
    // A project term file with 4 terms DeepL cannot take (too long), and the old glossary cannot be deleted.
    const team = join(dir, 'team.csv');
    const long = (n: number) => `${'д'.repeat(600)}${n}`;
    writeFileSync(team, ['zh,en,ru', ...[1, 2, 3, 4].map((n) => `虚构术语${n},fictional term ${n},${long(n)}`)].join('\n'));
    fake.faults.push({ path: '/v3/glossaries/', method: 'DELETE', status: 400 });
    const second = await run([team]);
    expect(second.error).toBeNull();
    const notes = glossaryNotes(second.glossary)!;
    const [terms, warning] = notes.split('\n');
    expect(terms).toBe(`4 glossary term(s) not sent to DeepL: team.csv:2 "${'д'.repeat(40)}…" (zh→ru: longer than 1024 bytes); team.csv:3 "${'д'.repeat(40)}…" (zh→ru: longer than 1024 bytes); team.csv:4 "${'д'.repeat(40)}…" (zh→ru: longer than 1024 bytes); and 1 more.`);
    expect(warning).toMatch(new RegExp(`^The superseded DeepL glossary ${first.glossary!.name} could not be deleted`));
  });

  it('the cost confirmation warns when the account has fewer characters left than the job needs', async () => {
    const status = () => dispatch(handlers, 'deepl:status', { checkUsage: true }) as Promise<Response<'deepl:status'>>;
    fake.usage.count = 499_000;
    expect(accountLine(await status(), 1000, 'draft')).toBe('\nDeepL account: 499,000 of 500,000 characters used this period.');
    const short = accountLine(await status(), 3276, 'draft');
    expect(short).toContain('\nWarning: only 1,000 characters are left, fewer than the 3,276 needed: DeepL will stop when the quota runs out (the drafts made until then are kept).');
    expect(accountLine(await status(), 3276, 'mt')).toContain('(the translations that arrived stay in the MT cache and the alignment is left as it is)');
    // In a German browser the counts were "499.000 of 500.000" beside English words; now the app's
    // own separators whatever the locale (decision 0005, round 13).
    const localeString = Number.prototype.toLocaleString;
    const german = vi.spyOn(Number.prototype, 'toLocaleString').mockImplementation(function (this: number, locales?: Intl.LocalesArgument, options?: Intl.NumberFormatOptions) {
      return localeString.call(this, locales ?? 'de-DE', options);
    });
    try {
      expect((1000).toLocaleString()).toBe('1.000');
      expect(accountLine(await status(), 3276, 'draft')).toContain('\nDeepL account: 499,000 of 500,000 characters used this period.\nWarning: only 1,000 characters are left, fewer than the 3,276 needed');
    } finally {
      german.mockRestore();
    }
    await fake.close();
    expect(accountLine(await status(), 3276, 'draft')).toMatch(/^\nCannot reach DeepL/);
    fake = await startFakeDeepL();
  });
});
