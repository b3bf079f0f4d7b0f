import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocs, alignDocsInSteps, finishSteps } from '../core/align';
import { createNewProjectStageHandlers } from '../services/new-project-stages';
import { importText } from '../core/text';

// Issue 10: New project's Cancel stops main's alignment instead of waiting for the whole alignment
// to finish (issue 12: its worker is terminated at once; tests/align-worker-pool.test.ts has the
// early, queued and duplicate cases).
const sample = (name: string, lang: string) => readFileSync(join(__dirname, '..', 'samples', `${name}.${lang}.txt`), 'utf8');
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the aligner in steps', () => {
  it('pauses between its phases and, run to the end, gives exactly what alignDocs gives', () => {
    const zh = importText(sample('strategic-stability-2025-05-08', 'zh'), 'zh');
    const en = importText(sample('strategic-stability-2025-05-08', 'en'), 'en');
    const steps = alignDocsInSteps(zh, en);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      next = steps.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(8);
    expect(next.value).toEqual(alignDocs(zh, en));
    expect(finishSteps(alignDocsInSteps(zh, en))).toEqual(next.value);
  });
});

describe('align:docs with a job and align:cancel', () => {
  it('Cancel during a real alignment stops it; without Cancel the job gives the same alignment as without one', async () => {
    const h = createNewProjectStageHandlers();
    const zh = (await h['project:segment']({ lang: 'zh', source: { text: sample('joint-statement-2025-05-08', 'zh') } })).doc;
    const en = (await h['project:segment']({ lang: 'en', source: { text: sample('joint-statement-2025-05-08', 'en') } })).doc;
    const plain = await h['align:docs']({ source: zh, target: en });
    const stepped = await h['align:docs']({ source: zh, target: en, job: 'whole' });
    expect(stepped).toEqual(plain);

    const cancelled = h['align:docs']({ source: zh, target: en, job: 'new-1-en' });
    await turn();
    await expect(h['align:cancel']({ job: 'new-1-en' })).resolves.toEqual({ running: true });
    await expect(cancelled).rejects.toThrow(/^Cancelled/);
  }, 60_000);
});
