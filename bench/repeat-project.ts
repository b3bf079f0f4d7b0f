/**
 * A large, realistic trilingual project for the benches: the strategic-stability sample (zh with its
 * en and ru drafts, planted defects included) aligned once, then repeated with fresh ids until the
 * source has the wanted number of aligned sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignDocs } from '../core/align';
import type { Alignment, Doc, Project, TargetLang } from '../core/model';
import { createProject } from '../core/project';
import { importText } from '../core/text';
import { loadLexicon } from '../services/lexicon';

const root = join(__dirname, '..');

/** The sample project, aligned zh→en (with the lexicon) and zh→ru. */
export function sampleProject(): Project {
  const read = (lang: string) => readFileSync(join(root, 'samples', `strategic-stability-2025-05-08.${lang}.txt`), 'utf8');
  const lexicon = loadLexicon();
  return createProject(
    { name: 'bench', source: importText(read('zh'), 'zh'), targets: { en: importText(read('en'), 'en'), ru: importText(read('ru'), 'ru') } },
    (s, t) => alignDocs(s, t, t.lang === 'en' ? { lexicon } : {}),
  );
}

/** The project repeated until its source has at least `sentences` aligned sentences; ids stay unique. */
export function repeatProject(base: Project, sentences: number): Project {
  const perCopy = base.source.paragraphs.reduce((n, p) => n + (p.excluded ? 0 : p.sentences.length), 0);
  const copies = Math.ceil(sentences / perCopy);
  const copyDoc = (doc: Doc): Doc => ({
    lang: doc.lang,
    flags: [],
    paragraphs: Array.from({ length: copies }, (_, c) =>
      doc.paragraphs.map((p) => ({ ...p, id: `${p.id}-c${c}`, sentences: p.sentences.map((s) => ({ ...s, id: `${s.id}-c${c}` })) })),
    ).flat(),
  });
  const copyAlignment = (a: Alignment): Alignment => ({
    ...a,
    beads: Array.from({ length: copies }, (_, c) => a.beads.map((b) => ({ ...b, src: b.src.map((id) => `${id}-c${c}`), tgt: b.tgt.map((id) => `${id}-c${c}`) }))).flat(),
  });
  const targets: Partial<Record<TargetLang, Doc>> = {};
  const alignments: Partial<Record<TargetLang, Alignment>> = {};
  for (const lang of ['en', 'ru'] as const) {
    const t = base.targets[lang];
    const a = base.alignments[lang];
    if (t && a) {
      targets[lang] = copyDoc(t);
      alignments[lang] = copyAlignment(a);
    }
  }
  return { ...base, source: copyDoc(base.source), targets, alignments };
}
