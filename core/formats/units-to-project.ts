import type { Alignment, BeadOrigin, Doc, Lang, Para, Project, SegmentStatus, Sentence, TargetLang } from '../model/types';
import { DEFAULT_SETTINGS, LANGS, PROJECT_SCHEMA_VERSION, TARGET_LANGS } from '../model/types';
import { paraId, sentenceId } from '../model/ids';
import { joinerFor } from './export-units';
import { decodeLayout, splitByLayout } from './unit-layout';

/** One side of a unit as a reader found it: the text, and Duizhao's layout string if present. */
export interface ReadSide {
  text: string;
  layout?: string;
  /** Status the file states for this side (XLIFF state, TMX prop), if any. */
  status?: SegmentStatus;
}

/** A unit as read from a TMX `<tu>` or an XLIFF unit, before it becomes part of a Project. */
export interface ReadUnit {
  sides: Partial<Record<Lang, ReadSide>>;
  meta: Partial<Record<TargetLang, { score?: number; origin?: BeadOrigin; confirmed?: boolean }>>;
  /** Units with the same key share a paragraph (the segments of one XLIFF trans-unit); default: a paragraph each. */
  paraKey?: number;
}

/**
 * Rebuild a Project from read units: one bead per unit and target. When Duizhao's layout is there
 * and still fits the text, the original sentences, ids, statuses and paragraphs come back; otherwise
 * each side of a unit is one sentence and each unit starts a paragraph (a foreign TM has no
 * paragraphs to restore). Ids are regenerated if the file's ids collide.
 */
export function unitsToProject(name: string, units: ReadUnit[]): Project {
  const langs = LANGS.filter((l) => units.some((u) => u.sides[l] !== undefined));
  const sentences: Record<Lang, Array<Array<Sentence & { paraId: string }>>> = { zh: [], en: [], ru: [] };
  for (const lang of langs) {
    const all = units.map((u, i) => sideSentences(u.sides[lang], lang, i, u.paraKey ?? i));
    const ids = all.flat().map((s) => s.id);
    if (new Set(ids).size !== ids.length) {
      let n = 0;
      for (const list of all) for (const s of list) s.id = sentenceId(lang, n++);
    }
    sentences[lang] = all;
  }

  const targets: Project['targets'] = {};
  const alignments: Project['alignments'] = {};
  for (const t of TARGET_LANGS) {
    if (!langs.includes(t)) continue;
    targets[t] = toDoc(t, sentences[t]);
    const alignment: Alignment = { source: 'zh', target: t, beads: [] };
    units.forEach((u, i) => {
      if (!u.sides[t]) return;
      const src = (sentences.zh[i] ?? []).map((s) => s.id);
      const tgt = (sentences[t][i] ?? []).map((s) => s.id);
      if (src.length === 0 && tgt.length === 0) return;
      const m = u.meta[t] ?? {};
      alignment.beads.push({ src, tgt, score: clamp01(m.score ?? 1), origin: m.origin ?? 'manual', ...(m.confirmed ? { confirmed: true } : {}) });
    });
    alignments[t] = alignment;
  }
  return {
    version: PROJECT_SCHEMA_VERSION,
    name,
    source: toDoc('zh', sentences.zh),
    targets,
    alignments,
    glossaryPaths: [],
    settings: { ...DEFAULT_SETTINGS },
  };
}

function sideSentences(side: ReadSide | undefined, lang: Lang, unit: number, para: number): Array<Sentence & { paraId: string }> {
  if (!side) return [];
  const layout = decodeLayout(side.layout);
  // Sentences with empty text (placeholders still to translate) come back only through the layout.
  if (side.text === '' && !layout) return [];
  const split = layout ? splitByLayout(side.text, layout, joinerFor(lang)) : undefined;
  if (split) return split;
  // Foreign or edited text: keep it whole. The status the file stated wins over a guess.
  const status: SegmentStatus = side.status ?? (lang === 'zh' ? 'confirmed' : 'edited');
  return [{ id: layout?.[0]?.id ?? sentenceId(lang, unit), text: side.text, status, paraId: layout?.[0]?.paraId ?? paraId(lang, para) }];
}

function toDoc(lang: Lang, perUnit: Array<Array<Sentence & { paraId: string }>>): Doc {
  const paragraphs: Para[] = [];
  const usedParaIds = new Set<string>();
  let current: Para | undefined;
  let currentKey: string | undefined;
  for (const list of perUnit) {
    for (const { paraId: key, ...sentence } of list) {
      if (!current || key !== currentKey) {
        // A paragraph id seen before (not adjacent) would duplicate an id: make it unique.
        let id = key;
        for (let k = 1; usedParaIds.has(id); k++) id = `${key}-${k}`;
        usedParaIds.add(id);
        current = { id, sentences: [] };
        currentKey = key;
        paragraphs.push(current);
      }
      current.sentences.push(sentence);
    }
  }
  return { lang, paragraphs, flags: [] };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1;
}

/** File name without folders and extension, as a project name. */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
