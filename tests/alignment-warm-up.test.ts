/**
 * Issue 13: the alignment workers are warmed up once per process for the first New project — the
 * sample aligned once more, in pieces, as background tasks that never hold up a task someone waits
 * for (order of events, never a clock).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alignment, Bead, Doc, Project } from '../core/model';
import { createProject } from '../core/project';
import { importText } from '../core/text';
import { WARM_UP_PASSES, warmUpAlignment, warmUpPieces } from '../services/alignment-warm-up';
import { createParseWorker } from '../services/parse-worker/pool';
import type { ParseWorker } from '../services/parse-worker/pool';
import type { ParseTask } from '../services/parse-worker/tasks';

const ZH = '第一段第一句。第一段第二句。\n第二段第一句。第二段第二句。第二段第三句。';
const EN = 'Paragraph one, first.\nParagraph two, first. Paragraph two, second. An added sentence.';

const ids = (doc: Doc): string[] => doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
const bead = (src: string[], tgt: string[]): Bead => ({ src, tgt, score: 1, origin: 'auto' });

/** A small project whose en alignment we write by hand: 1:1, 1:0, 1:1, 1:1, 1:0, 0:1. */
function handAligned(): Project {
  const source = importText(ZH, 'zh');
  const en = importText(EN, 'en');
  const [s1, s2, s3, s4, s5] = ids(source);
  const [t1, t2, t3, t4] = ids(en);
  if (ids(source).length !== 5 || ids(en).length !== 4) throw new Error('the fixture no longer segments as written');
  const alignment: Alignment = { source: 'zh', target: 'en', beads: [bead([s1!], [t1!]), bead([s2!], []), bead([s3!], [t2!]), bead([s4!], [t3!]), bead([s5!], []), bead([], [t4!])] };
  return createProject({ name: 'Hand aligned', source, targets: { en } }, () => alignment);
}

describe('warmUpPieces', () => {
  it('cuts the alignment into runs of beads, each with exactly its sentences in document order', () => {
    const project = handAligned();
    const beads = project.alignments.en!.beads;
    const pieces = warmUpPieces(project, 'en', 3);
    expect(pieces).toHaveLength(2);
    pieces.forEach((piece, i) => {
      const run = beads.slice(3 * i, 3 * i + 3);
      expect(ids(piece.source)).toEqual(run.flatMap((b) => b.src));
      expect(ids(piece.target)).toEqual(run.flatMap((b) => b.tgt));
      expect(piece.source.lang).toBe('zh');
      expect(piece.target.lang).toBe('en');
    });
    // Paragraphs are kept where their sentences are (the aligner sees the same breaks), empty ones go.
    const paraIds = (doc: Doc) => doc.paragraphs.map((p) => p.id);
    expect(paraIds(pieces[0]!.source)).toEqual(paraIds(project.source));
    expect(paraIds(pieces[0]!.target)).toEqual(paraIds(project.targets.en!));
    expect(paraIds(pieces[1]!.source)).toEqual([project.source.paragraphs[1]!.id]);
  });

  it('has no piece for a target the project does not have, nor for a run of beads with one side empty', () => {
    const project = handAligned();
    expect(warmUpPieces(project, 'ru')).toEqual([]);
    // One bead a piece: the 1:0 and 0:1 beads make none; two a piece: they pair up into one.
    expect(warmUpPieces(project, 'en', 1).map((p) => ids(p.source).length)).toEqual([1, 1, 1]);
    expect(warmUpPieces(project, 'en', 2).map((p) => [ids(p.source).length, ids(p.target).length])).toEqual([[2, 1], [2, 2], [1, 1]]);
  });
});

/** A pool that records what it is asked to run and answers at once. */
function recordingPool(): { pool: ParseWorker; runs: Array<{ task: ParseTask; background: boolean }> } {
  const runs: Array<{ task: ParseTask; background: boolean }> = [];
  const pool = {
    run: async (task: ParseTask, options: { background?: boolean } = {}) => {
      runs.push({ task, background: options.background === true });
      return { alignment: { source: 'zh', target: 'en', beads: [] }, wrongDocument: null };
    },
    cancel: () => false,
    load: () => ({ running: 0, threads: [] }),
    close: async () => {},
  } as unknown as ParseWorker;
  return { pool, runs };
}

describe('warmUpAlignment', () => {
  it('warms a pool once: a concurrent request waits for the same pass rather than starting another', async () => {
    const { pool, runs } = recordingPool();
    let samples = 0;
    const sample = async () => {
      samples++;
      return handAligned();
    };
    const first = warmUpAlignment(pool, sample);
    const second = warmUpAlignment(pool, sample);
    expect(second).toBe(first);
    await Promise.all([first, second]);
    const pieces = warmUpPieces(handAligned(), 'en').length * WARM_UP_PASSES;
    expect(samples).toBe(1);
    expect(runs).toHaveLength(pieces);
    expect(runs.every((r) => r.background && r.task.kind === 'alignDocs' && r.task.judge === true)).toBe(true);
    // Done: a later request is the same finished pass.
    await warmUpAlignment(pool, sample);
    expect(samples).toBe(1);
    expect(runs).toHaveLength(pieces);
  });

  it('never rejects: a failure goes to onError once and is not retried', async () => {
    const { pool, runs } = recordingPool();
    const errors: unknown[] = [];
    const missing = async (): Promise<Project> => {
      throw new Error('The sample is missing');
    };
    await expect(warmUpAlignment(pool, missing, (e) => errors.push(e))).resolves.toBeUndefined();
    await warmUpAlignment(pool, missing, (e) => errors.push(e));
    expect(errors.map((e) => (e as Error).message)).toEqual(['The sample is missing']);
    expect(runs).toEqual([]);
  });
});

describe('background tasks in the worker pool', () => {
  let pool: ParseWorker;
  beforeAll(() => {
    pool = createParseWorker({ size: 1 });
  });
  afterAll(() => pool.close());

  const segment = (raw: string) => ({ kind: 'importText' as const, label: raw, raw, lang: 'zh' as const });

  it('a task someone waits for goes before background tasks queued earlier', async () => {
    const order: string[] = [];
    const done = (name: string) => () => void order.push(name);
    const running = pool.run(segment('一。')).then(done('first'));
    const background = pool.run(segment('二。'), { background: true }).then(done('background'));
    const later = pool.run(segment('三。')).then(done('later'));
    await Promise.all([running, background, later]);
    expect(order).toEqual(['first', 'later', 'background']);
  }, 60_000);

  it('a background alignment waits for the worker that has its lexicon rather than taking an idle one', async () => {
    const two = createParseWorker({ size: 2 });
    try {
      const zh = importText('双方重申。', 'zh');
      const en = importText('The two sides reaffirmed.', 'en');
      await two.run({ kind: 'alignDocs', source: zh, target: en, judge: false }); // one worker has the zh→en lexicon
      const busy = two.run({ kind: 'alignDocs', source: zh, target: en, judge: false }); // on that worker
      const background = two.run({ kind: 'alignDocs', source: zh, target: en, judge: false }, { background: true });
      // The other worker is idle, yet the background task was not handed to it.
      expect(two.load().running).toBe(1);
      await busy;
      await background;
      expect(two.load().threads).toHaveLength(1);
    } finally {
      await two.close();
    }
  }, 60_000);
});
