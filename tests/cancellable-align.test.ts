import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocs, alignDocsInSteps, finishSteps, type Steps } from '../core/align';
import { CancellableJobs, JobCancelledError } from '../services/cancellable-jobs';
import { createNewProjectStageHandlers } from '../services/new-project-stages';
import { importText } from '../core/text';

// Issue 10: New project's Cancel stops main's alignment between the aligner's steps instead of
// waiting for the whole alignment to finish.
const sample = (name: string, lang: string) => readFileSync(join(__dirname, '..', 'samples', `${name}.${lang}.txt`), 'utf8');
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A job of `count` steps that records how many ran and whether it was closed. */
function counted(count: number): { steps: Steps<string>; ran: () => number; closed: () => boolean } {
  let ran = 0;
  let closed = false;
  function* steps(): Steps<string> {
    try {
      for (let k = 0; k < count; k++) {
        ran++;
        yield;
      }
      return 'finished';
    } finally {
      closed = true;
    }
  }
  return { steps: steps(), ran: () => ran, closed: () => closed };
}

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

describe('CancellableJobs', () => {
  it('runs a job to its result when nobody cancels', async () => {
    const job = counted(5);
    await expect(new CancellableJobs().run('a', job.steps)).resolves.toBe('finished');
    expect(job.ran()).toBe(5);
  });

  it('stops a running job at its next step and closes it', async () => {
    const jobs = new CancellableJobs();
    const job = counted(1000);
    const running = jobs.run('a', job.steps);
    await turn();
    await turn();
    expect(jobs.cancel('a')).toBe(true);
    await expect(running).rejects.toBeInstanceOf(JobCancelledError);
    expect(job.ran()).toBeGreaterThan(0);
    expect(job.ran()).toBeLessThan(10);
    expect(job.closed()).toBe(true);
    // The name is free again: another run under it is not cancelled.
    await expect(jobs.run('a', counted(3).steps)).resolves.toBe('finished');
  });

  it('refuses a job whose Cancel arrived before it started, without running a step', async () => {
    const jobs = new CancellableJobs();
    expect(jobs.cancel('early')).toBe(false);
    const job = counted(5);
    await expect(jobs.run('early', job.steps)).rejects.toThrow(/^Cancelled \(early\)$/);
    expect(job.ran()).toBe(0);
  });

  it('refuses a second run under a name that is running', async () => {
    const jobs = new CancellableJobs();
    const first = jobs.run('a', counted(20).steps);
    await expect(jobs.run('a', counted(1).steps)).rejects.toThrow(/already running/);
    await expect(first).resolves.toBe('finished');
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
