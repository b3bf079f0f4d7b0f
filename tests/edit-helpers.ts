import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alignment, Bead, Doc, Lang, Project, TargetLang } from '../core/model';
import { DEFAULT_SETTINGS, PROJECT_SCHEMA_VERSION } from '../core/model';

/** Real Chinese sentences from the repo's sample (split at 。 — enough for editing tests). */
export function sampleChineseSentences(limit: number): string[] {
  const raw = readFileSync(join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08.zh.txt'), 'utf8');
  return raw
    .split('\n')
    .flatMap((line) => line.split(/(?<=。)/))
    .map((s) => s.trim())
    .filter((s) => s.endsWith('。'))
    .slice(0, limit);
}

/** A Doc with the given paragraphs of sentences, ids `${lang}-s${n}` numbered over the Doc. */
export function makeDoc(lang: Lang, paragraphs: string[][]): Doc {
  let n = 0;
  return {
    lang,
    flags: [],
    paragraphs: paragraphs.map((sentences, p) => ({
      id: `${lang}-p${p}`,
      sentences: sentences.map((text) => ({ id: `${lang}-s${n++}`, text, status: text ? 'draft' : 'empty' })),
    })),
  };
}

/** An alignment from bead sizes, e.g. [[1,1],[2,1],[1,0]]. */
export function makeAlignment(target: TargetLang, source: Doc, doc: Doc, sizes: Array<[number, number]>): Alignment {
  const src = source.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
  const tgt = doc.paragraphs.flatMap((p) => p.sentences.map((s) => s.id));
  let i = 0;
  let j = 0;
  const beads: Bead[] = sizes.map(([a, b]) => {
    const bead: Bead = { src: src.slice(i, i + a), tgt: tgt.slice(j, j + b), score: 0.9, origin: 'auto' };
    i += a;
    j += b;
    return bead;
  });
  return { source: 'zh', target, beads };
}

export function makeProject(source: Doc, targets: Partial<Record<TargetLang, Doc>>, alignments: Partial<Record<TargetLang, Alignment>>): Project {
  return { version: PROJECT_SCHEMA_VERSION, name: 'test', source, targets, alignments, glossaryPaths: [], settings: DEFAULT_SETTINGS };
}
