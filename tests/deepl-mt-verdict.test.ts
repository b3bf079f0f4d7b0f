/**
 * In the app, DeepL's MT reaches the same completeness verdicts as `check --mt`: re-aligning with
 * DeepL MT (deepl:alignWithMt, through the fake DeepL server and deepl-node, never a mock) gives an
 * alignment whose verdicts read the MT's words, and the completeness checks report from them.
 * The fake answers each source sentence with the fixture's Russian, every fourth word left out
 * (a stated stand-in for DeepL's rendering: tests/mt-evidence.test.ts). A later plain re-align
 * reads the same MT back from the cache.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../core/contract';
import { alignableSentences } from '../core/model';
import type { Alignment, Project } from '../core/model';
import { createSampleProject } from '../core/project';
import { runChecks } from '../core/qa';
import { environmentKeySource } from '../services/deepl/key-source';
import { cachedMtForRealign } from '../services/deepl/mt-cache';
import { runParseTask } from '../services/parse-worker/tasks';
import { projectEngine } from '../services/engine';
import { fixtureLines } from './align-helpers';
import { deeplHandlersForTest } from './helpers/deepl-handlers';
import { FAKE_KEYS, startFakeDeepL, type FakeDeepL } from './helpers/fake-deepl-server';

const zh = fixtureLines('strategic-stability/zh.txt');
const ru = fixtureLines('strategic-stability/ru.txt');
const mt = ru.map((s) => s.split(' ').filter((_, k) => k % 4 !== 3).join(' '));

let fake: FakeDeepL | undefined;
afterEach(() => fake?.close());

describe('DeepL MT as completeness evidence in the app', () => {
  it('alignWithMt: the verdicts read the MT, and the checks name the dropped sentence and the lost tail', async () => {
    // The draft drops sentence 5 and stops sentence 3 at its first comma.
    const draft = ru.flatMap((s, j) => (j === 5 ? [] : j === 3 ? [s.slice(0, s.indexOf(',')) + '.'] : [s]));
    const project: Project = createSampleProject({ name: 'mt verdict', zh: zh.join('\n'), ru: draft.join('\n') }, projectEngine);
    const sentences = alignableSentences(project.source);
    expect(sentences.map((s) => s.text.trim())).toEqual(zh);
    fake = await startFakeDeepL({ translations: new Map(zh.map((z, k) => [z, mt[k]!])) });
    const userDataDir = mkdtempSync(join(tmpdir(), 'duizhao-mt-verdict-'));
    const h = deeplHandlersForTest(fake.url, environmentKeySource({ DEEPL_AUTH_KEY: FAKE_KEYS.pro }), userDataDir);
    expect(await cachedMtForRealign(userDataDir, project, 'ru')).toBeUndefined();
    const result = (await dispatch(h, 'deepl:alignWithMt', { project, target: 'ru' })) as { alignment: Alignment; error: unknown };
    expect(result.error).toBeNull();
    // A later plain Re-align (align:run hands the cached MT to the worker's realign task) keeps
    // reading the MT that was paid for: the same beads and verdicts as the DeepL-assisted one.
    const cachedMt = await cachedMtForRealign(userDataDir, project, 'ru');
    expect(cachedMt).toEqual(mt);
    expect(await cachedMtForRealign(userDataDir, project, 'en')).toBeUndefined();
    const again = await runParseTask({ kind: 'realign', project, target: 'ru', mt: cachedMt! });
    expect(again).toEqual(result.alignment);
    const withMt: Project = { ...project, alignments: { ru: result.alignment } };
    const findings = runChecks(withMt).filter((f) => f.check.startsWith('completeness.'));
    const named = (i: number) => findings.filter((f) => f.source?.sentences.includes(sentences[i]!.id));
    expect(named(5).length).toBeGreaterThan(0);
    const partial = named(3).find((f) => f.check === 'completeness.partial-omission');
    // The finding quotes the MT's rendering of the lost tail: its last words, not its first.
    const mtWords = mt[3]!.split(' ');
    expect(partial?.message).toContain(`the machine translation renders it as`);
    const quoted = /renders it as “([^”]*)”/.exec(partial!.message)![1]!.replace('…', '').split(' ');
    expect(quoted.length).toBeGreaterThan(1);
    for (const w of quoted) expect(mtWords.slice(Math.floor(mtWords.length / 3))).toContain(w);
    // The verdicts are not the dictionary's alone: beads of the same sentences, aligned without MT
    // when the project was made, carry other member and part probabilities.
    const plain = new Map(project.alignments.ru!.beads.map((b) => [`${b.src.join()}:${b.tgt.join()}`, b.verdict]));
    const changed = result.alignment.beads.filter((b) => {
      const before = plain.get(`${b.src.join()}:${b.tgt.join()}`);
      return before && b.verdict && JSON.stringify([before.gap, before.part]) !== JSON.stringify([b.verdict.gap, b.verdict.part]);
    });
    expect(changed.length).toBeGreaterThan(0);
  });
});
