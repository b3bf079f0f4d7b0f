/**
 * The undo history as it travels with the crash-recovery copy (issue 10: "the history comes back
 * with it"). Snapshots share every untouched paragraph and bead with their neighbours, so the packed
 * form stores each distinct paragraph, bead, flag list… once, and each step as index runs into those
 * tables. The present project is not stored again: it is the recovery copy's `project`, and both
 * sides seed the tables from it in the same order, so a typing step costs one paragraph.
 */
import { z } from 'zod';
import type { Bead, Doc, NoiseFlag, Para, Project, ProjectSettings, TargetLang } from '../model/types';
import { PROJECT_SCHEMA_VERSION, TARGET_LANGS } from '../model/types';
import type { History, HistoryEntry } from './history';
import { beadSchema, noiseFlagSchema, paraSchema, projectSchema, settingsSchema } from './schema';

/** Undo steps kept with a recovery copy (the oldest go first); the redo branch keeps fewer. */
export const RECOVERY_UNDO_STEPS = 200;
export const RECOVERY_REDO_STEPS = 50;

type Original = NonNullable<Project['original']>;

/** Index runs: [start, length, start, length, …] into a table (a paragraph list is mostly one run). */
const runs = z.array(z.number().int().nonnegative()).refine((r) => r.length % 2 === 0, 'runs come in pairs');
const index = z.number().int().nonnegative();
const packedDoc = z.object({ flags: index, paras: runs });
const packedState = z.object({
  name: z.string(),
  settings: index,
  glossaryPaths: index,
  original: index.optional(),
  source: packedDoc,
  targets: z.object({ en: packedDoc.optional(), ru: packedDoc.optional() }),
  alignments: z.object({ en: runs.optional(), ru: runs.optional() }),
});
const packedStep = z.object({ label: z.string().max(200), at: z.number(), coalesceKey: z.string().max(200).optional(), state: packedState });

/** Runtime schema (IPC and the recovery file): tables are validated once, states by index range on unpack. */
export const packedHistorySchema = z.object({
  format: z.literal(1),
  paras: z.array(paraSchema),
  beads: z.array(beadSchema),
  flags: z.array(z.array(noiseFlagSchema)),
  settings: z.array(settingsSchema),
  glossaryPaths: z.array(z.array(z.string())),
  originals: z.array(projectSchema.shape.original.unwrap()),
  /** Oldest first; `present` is the step the recovery copy's project is. */
  steps: z.array(packedStep).max(RECOVERY_UNDO_STEPS + RECOVERY_REDO_STEPS + 1),
  present: index,
  /** Fingerprint of the present project (`projectFingerprint`): the history fits no other version. */
  of: z.string().max(64),
  /** The step that was on disk, when it is still in the history: undoing to it makes the project clean. */
  saved: index.optional(),
});
export type PackedHistory = z.infer<typeof packedHistorySchema>;

/** Tables of distinct objects, by identity when packing. */
class Tables {
  readonly paras: Para[] = [];
  readonly beads: Bead[] = [];
  readonly flags: NoiseFlag[][] = [];
  readonly settings: ProjectSettings[] = [];
  readonly glossaryPaths: string[][] = [];
  readonly originals: Original[] = [];
  private readonly ids = new Map<object, number>();

  intern<T extends object>(table: T[], item: T): number {
    const known = this.ids.get(item);
    if (known !== undefined) return known;
    return this.add(table, item);
  }

  /** Always a new row (seeding): both sides then agree on every index, even where one object occurs twice. */
  private add<T extends object>(table: T[], item: T): number {
    table.push(item);
    if (!this.ids.has(item)) this.ids.set(item, table.length - 1);
    return table.length - 1;
  }

  /** The present project's objects first, in a fixed order both pack and unpack follow. */
  seed(project: Project): void {
    const seedDoc = (doc: Doc) => {
      this.add(this.flags, doc.flags);
      for (const p of doc.paragraphs) this.add(this.paras, p);
    };
    seedDoc(project.source);
    for (const t of TARGET_LANGS) if (project.targets[t]) seedDoc(project.targets[t]);
    for (const t of TARGET_LANGS) for (const b of project.alignments[t]?.beads ?? []) this.add(this.beads, b);
    this.add(this.settings, project.settings);
    this.add(this.glossaryPaths, project.glossaryPaths);
    if (project.original) this.add(this.originals, project.original);
  }
}

function toRuns(indices: number[]): number[] {
  const out: number[] = [];
  for (const i of indices) {
    const last = out.length - 2;
    if (last >= 0 && out[last]! + out[last + 1]! === i) out[last + 1]!++;
    else out.push(i, 1);
  }
  return out;
}

function fromRuns<T>(r: number[], table: T[], what: string): T[] {
  const out: T[] = [];
  for (let k = 0; k < r.length; k += 2) {
    const start = r[k]!;
    const length = r[k + 1]!;
    if (start + length > table.length) throw new Error(`recovered undo history: ${what} ${start + length - 1} is not in the table`);
    for (let i = start; i < start + length; i++) out.push(table[i]!);
  }
  return out;
}

function at<T>(table: T[], i: number, what: string): T {
  if (i >= table.length) throw new Error(`recovered undo history: ${what} ${i} is not in the table`);
  return table[i]!;
}

function packState(project: Project, t: Tables): PackedHistory['steps'][number]['state'] {
  const doc = (d: Doc) => ({ flags: t.intern(t.flags, d.flags), paras: toRuns(d.paragraphs.map((p) => t.intern(t.paras, p))) });
  const targets: { en?: ReturnType<typeof doc>; ru?: ReturnType<typeof doc> } = {};
  const alignments: { en?: number[]; ru?: number[] } = {};
  for (const lang of TARGET_LANGS) {
    const target = project.targets[lang];
    if (target) targets[lang] = doc(target);
    const alignment = project.alignments[lang];
    if (alignment) alignments[lang] = toRuns(alignment.beads.map((b) => t.intern(t.beads, b)));
  }
  return {
    name: project.name,
    settings: t.intern(t.settings, project.settings),
    glossaryPaths: t.intern(t.glossaryPaths, project.glossaryPaths),
    ...(project.original ? { original: t.intern(t.originals, project.original) } : {}),
    source: doc(project.source),
    targets,
    alignments,
  };
}

function unpackState(s: PackedHistory['steps'][number]['state'], t: Tables): Project {
  const doc = (d: { flags: number; paras: number[] }, lang: Doc['lang']): Doc => ({ lang, paragraphs: fromRuns(d.paras, t.paras, 'paragraph'), flags: at(t.flags, d.flags, 'flag list') });
  const project: Project = {
    version: PROJECT_SCHEMA_VERSION,
    name: s.name,
    source: doc(s.source, 'zh'),
    targets: {},
    alignments: {},
    glossaryPaths: at(t.glossaryPaths, s.glossaryPaths, 'glossary list'),
    settings: at(t.settings, s.settings, 'settings'),
  };
  if (s.original !== undefined) project.original = at(t.originals, s.original, 'original file');
  for (const lang of TARGET_LANGS) {
    const target = s.targets[lang];
    if (target) project.targets[lang] = doc(target, lang);
    const beads = s.alignments[lang];
    if (beads) project.alignments[lang] = { source: 'zh', target: lang as TargetLang, beads: fromRuns(beads, t.beads, 'bead') };
  }
  return project;
}

/**
 * A short fingerprint of what the translator sees and aligns (ids, texts, statuses, beads, name),
 * independent of key order: FNV-1a over the parts, in model order.
 */
export function projectFingerprint(project: Project): string {
  let h = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193); // separator: "ab"+"c" differs from "a"+"bc"
  };
  const feedDoc = (doc: Doc | undefined) => {
    if (!doc) return feed('-');
    for (const p of doc.paragraphs) {
      feed(`${p.id}|${p.excluded ?? ''}|${p.heading ? 'h' : ''}`);
      for (const s of p.sentences) feed(`${s.id}|${s.status}|${s.text}`);
    }
  };
  feed(project.name);
  feedDoc(project.source);
  for (const lang of TARGET_LANGS) {
    feedDoc(project.targets[lang]);
    for (const b of project.alignments[lang]?.beads ?? []) feed(`${b.src.join(',')}>${b.tgt.join(',')}|${b.origin}|${b.confirmed ? 'c' : ''}`);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The last RECOVERY_UNDO_STEPS undo steps (and RECOVERY_REDO_STEPS redo steps) of `history`, for the
 * recovery copy whose project is `history.present.state`. Null when there is nothing to undo or redo.
 */
export function packHistory(history: History<Project>): PackedHistory | null {
  const past = history.past.slice(Math.max(0, history.past.length - RECOVERY_UNDO_STEPS));
  const future = history.future.slice(0, RECOVERY_REDO_STEPS);
  if (past.length === 0 && future.length === 0) return null;
  const t = new Tables();
  t.seed(history.present.state);
  const entries = [...past, history.present, ...future];
  const steps = entries.map((e) => ({ label: e.label.slice(0, 200), at: e.at, ...(e.coalesceKey !== undefined ? { coalesceKey: e.coalesceKey.slice(0, 200) } : {}), state: packState(e.state, t) }));
  // The present's objects are the seed: the recovery copy's project carries them.
  const seeded = new Tables();
  seeded.seed(history.present.state);
  const saved = entries.findIndex((e) => e.revision === history.savedRevision);
  return {
    format: 1,
    paras: t.paras.slice(seeded.paras.length),
    beads: t.beads.slice(seeded.beads.length),
    flags: t.flags.slice(seeded.flags.length),
    settings: t.settings.slice(seeded.settings.length),
    glossaryPaths: t.glossaryPaths.slice(seeded.glossaryPaths.length),
    originals: t.originals.slice(seeded.originals.length),
    steps,
    present: past.length,
    of: projectFingerprint(history.present.state),
    ...(saved >= 0 ? { saved } : {}),
  };
}

/**
 * The history `packHistory` packed, around `present` (the recovery copy's project, which becomes the
 * present state itself). Throws with a plain reason when the packed form does not fit the project;
 * the caller then recovers the project without its history. Recovered work counts as unsaved unless
 * the present is the saved step.
 */
export function unpackHistory(packed: PackedHistory, present: Project, options: { limit?: number; coalesceMs?: number } = {}): History<Project> {
  const t = new Tables();
  t.seed(present);
  // Loops, not push(...x): the tables are input-sized.
  for (const p of packed.paras) t.paras.push(p);
  for (const b of packed.beads) t.beads.push(b);
  for (const f of packed.flags) t.flags.push(f);
  for (const s of packed.settings) t.settings.push(s);
  for (const g of packed.glossaryPaths) t.glossaryPaths.push(g);
  for (const o of packed.originals) t.originals.push(o);
  if (packed.present >= packed.steps.length) throw new Error('recovered undo history: the present step is missing');
  const entries: HistoryEntry<Project>[] = packed.steps.map((s, i) => {
    const entry: HistoryEntry<Project> = { state: i === packed.present ? present : unpackState(s.state, t), label: s.label, at: s.at, revision: i + 1 };
    if (s.coalesceKey !== undefined) entry.coalesceKey = s.coalesceKey;
    return entry;
  });
  // The packed present must describe the very project it travels with.
  if (packed.of !== projectFingerprint(present)) throw new Error('recovered undo history: it belongs to another version of the project');
  return {
    past: entries.slice(0, packed.present),
    present: entries[packed.present]!,
    future: entries.slice(packed.present + 1),
    limit: options.limit ?? 500,
    coalesceMs: options.coalesceMs ?? 1500,
    savedRevision: packed.saved === undefined ? -1 : packed.saved + 1,
    nextRevision: entries.length + 1,
  };
}
