import type { Alignment, Doc, Lang, Project, TargetLang } from '../core/model';
import { TARGET_LANGS } from '../core/model';
import { createSampleProject } from '../core/project';
import type { AlignDocs } from '../core/project/create';
import type { SampleId } from '../core/project';
import type { ParseWorker } from './parse-worker/pool';
import { DEFAULT_SAMPLE, readSampleTexts } from './sample-project';

/**
 * Building a project with the worker pool doing the work (issue 12): the drafts are aligned at
 * once, each in a worker, then core's synchronous builders (createProject, createSampleProject)
 * take the results. The thread that answers the UI only waits.
 */

/** Every draft aligned to `source` side by side; the returned AlignDocs hands out those alignments. */
export async function alignDraftsInPool(pool: ParseWorker, source: Doc, targets: Partial<Record<TargetLang, Doc>>): Promise<AlignDocs> {
  const langs = TARGET_LANGS.filter((t) => targets[t] !== undefined);
  const aligned = await Promise.all(langs.map((t) => pool.run({ kind: 'alignDocs', source, target: targets[t]!, judge: false })));
  const byLang = new Map<TargetLang, Alignment>(langs.map((t, i) => [t, aligned[i]!.alignment]));
  return (_, target) => {
    const alignment = byLang.get(target.lang as TargetLang);
    if (!alignment) throw new Error(`The ${target.lang} draft was not aligned`);
    return alignment;
  };
}

/** The built-in sample, segmented and aligned in the pool (this also warms the workers' lexicons for New project). */
export async function loadSampleProjectInPool(samplesDir: string, pool: ParseWorker, id: SampleId = DEFAULT_SAMPLE): Promise<Project> {
  const texts = await readSampleTexts(samplesDir, id);
  const segment = (raw: string, lang: Lang) => pool.run({ kind: 'importText', label: `the sample's ${lang} text`, raw, lang });
  const [zh, en, ru] = await Promise.all([segment(texts.zh, 'zh'), texts.en === undefined ? undefined : segment(texts.en, 'en'), texts.ru === undefined ? undefined : segment(texts.ru, 'ru')]);
  const targets: Partial<Record<TargetLang, Doc>> = {};
  if (en) targets.en = en;
  if (ru) targets.ru = ru;
  const align = await alignDraftsInPool(pool, zh, targets);
  const docs: Record<Lang, Doc | undefined> = { zh, en, ru };
  return createSampleProject(texts, {
    importText: (_, lang) => {
      const doc = docs[lang];
      if (!doc) throw new Error(`The sample has no ${lang} text`);
      return doc;
    },
    alignDocs: align,
  });
}
