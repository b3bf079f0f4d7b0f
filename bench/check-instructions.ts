/**
 * `check`'s work on the 5,000-sentence project of check-speed.bench.ts, run CHECK_RUNS times (default 1)
 * in one process, for instruction counts: callgrind a run with CHECK_RUNS=1 and one with CHECK_RUNS=3;
 * half the difference is one warm run's instructions, the first figure less the set-up's is a cold one.
 * CHECK_SPELLING=0 leaves the speller out. CHECK_OUT=FILE writes the last run's JSON report there.
 *
 *   CHECK_RUNS=3 valgrind --tool=callgrind node --single-threaded --import tsx bench/check-instructions.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createTermMatcher } from '../core/glossary';
import type { Project } from '../core/model';
import { buildReport, dismissFinding, partitionDismissed, renderJsonReport, renderTextReport, runChecks } from '../core/qa';
import type { QaOptions } from '../core/qa';
import { loadGlossaryFiles } from '../services/glossary-files';
import { loadSpeller } from '../services/spelling/speller';
import { refreshVerdicts } from './check-speed.bench';
import { repeatProject, sampleProject } from './repeat-project';
import { cpuMs } from './cpu';

const root = join(__dirname, '..');

async function main(): Promise<void> {
  const runs = Number(process.env.CHECK_RUNS ?? '1');
  // CHECK_PROJECT=FILE keeps the aligned 5,000-sentence project (dismissals included) between runs.
  const cached = process.env.CHECK_PROJECT;
  const saved = cached && existsSync(cached) ? (JSON.parse(readFileSync(cached, 'utf8')) as Project) : undefined;
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  const matcher = createTermMatcher(termBase);
  const speller = process.env.CHECK_SPELLING === '0' ? undefined : await loadSpeller({ langs: ['en', 'ru'], english: 'en-US', skipAllCaps: true });
  let project = saved ?? refreshVerdicts(repeatProject(sampleProject(), 5_000)).project;
  if (!saved) {
    for (const f of runChecks(project, { matcher }).filter((x) => x.check.startsWith('completeness.')).slice(0, 20)) project = dismissFinding(project, f);
    if (cached) writeFileSync(cached, JSON.stringify(project));
  }
  const options: QaOptions = speller ? { matcher, speller } : { matcher };
  let json = '';
  const cpu: number[] = [];
  // CHECK_PROFILE=FILE: a CPU profile of the runs after the first (warm), sampled every 100 µs.
  const session = process.env.CHECK_PROFILE ? new Session() : undefined;
  // CHECK_CALLGRIND=1 under `valgrind --tool=callgrind --instr-atstart=no`: each run counted in a dump of its own.
  const callgrind = (...args: string[]): void => {
    if (process.env.CHECK_CALLGRIND) execFileSync('callgrind_control', [...args, String(process.pid)], { stdio: 'ignore' });
  };
  callgrind('-i', 'on');
  for (let i = 0; i < runs; i++) {
    if (session && i === Math.min(1, runs - 1)) {
      session.connect();
      if (process.env.CHECK_HEAP) {
        await session.post('HeapProfiler.enable');
        await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      } else {
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 100 });
        await session.post('Profiler.start');
      }
    }
    cpu.push(
      cpuMs(() => {
        const { shown, dismissed } = partitionDismissed(project, runChecks(project, options));
        const report = { ...buildReport(project, shown, ['bench']), dismissed: dismissed.length };
        json = renderJsonReport(report);
        renderTextReport(report, { colour: false });
      }),
    );
    callgrind('-d');
  }
  if (session && process.env.CHECK_HEAP) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(process.env.CHECK_PROFILE!, JSON.stringify(profile));
  } else if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(process.env.CHECK_PROFILE!, JSON.stringify(profile));
  }
  if (process.env.CHECK_OUT) writeFileSync(process.env.CHECK_OUT, json);
  process.stderr.write(`check runs, ms CPU: ${cpu.map((x) => x.toFixed(0)).join(' ')}\n`);
}

void main();
