import type { Doc, Project, TargetLang } from '../core/model';
import { TARGET_LANGS } from '../core/model';
import type { ParseWorker } from './parse-worker/pool';

/**
 * Warming the alignment workers up for the first New project of a session (issue 13). Profiled
 * (decision 0003, ninth round): after the sample is open the workers have their lexicons, but they
 * have aligned only once, so V8 has not yet optimised the aligner; the first New project then cost
 * ~150 ms more CPU per draft than a later one on text never seen, and little of the gap was
 * per-sentence memos. Passes over the sample when the window is idle close most of it (three: each
 * pass cost less than the one before until the third, and the first New project after three cost
 * about what a second one does). They run as background tasks on the worker that has each
 * language's lexicon, in pieces of a few beads, so a New project that comes meanwhile waits at most
 * for one piece.
 */

/** Beads per piece: a piece then costs some tens of ms of CPU in a warm worker. */
export const WARM_UP_BEADS_PER_PIECE = 12;
/** Passes over the sample (measured in decision 0003, ninth round: 1 pass → 3 passes). */
export const WARM_UP_PASSES = 3;

/** A document holding only the sentences in `ids`, paragraphs kept (those left empty go). */
function documentOf(doc: Doc, ids: ReadonlySet<string>): Doc {
  const paragraphs = doc.paragraphs.map((p) => ({ ...p, sentences: p.sentences.filter((s) => ids.has(s.id)) })).filter((p) => p.sentences.length > 0);
  return { lang: doc.lang, paragraphs, flags: [] };
}

/** The aligned project cut into consecutive runs of `beadsPerPiece` beads of `target`, each as a source and a target document. */
export function warmUpPieces(project: Project, target: TargetLang, beadsPerPiece = WARM_UP_BEADS_PER_PIECE): Array<{ source: Doc; target: Doc }> {
  const doc = project.targets[target];
  const beads = project.alignments[target]?.beads;
  if (!doc || !beads) return [];
  const pieces: Array<{ source: Doc; target: Doc }> = [];
  for (let from = 0; from < beads.length; from += beadsPerPiece) {
    const run = beads.slice(from, from + beadsPerPiece);
    const src = new Set(run.flatMap((b) => b.src));
    const tgt = new Set(run.flatMap((b) => b.tgt));
    if (src.size === 0 || tgt.size === 0) continue;
    pieces.push({ source: documentOf(project.source, src), target: documentOf(doc, tgt) });
  }
  return pieces;
}

/** Each language's pieces in turn, `passes` times, the languages side by side (one worker each), as background tasks. */
async function alignPieces(pool: ParseWorker, project: Project, passes: number): Promise<void> {
  await Promise.all(
    TARGET_LANGS.map(async (lang) => {
      const pieces = warmUpPieces(project, lang);
      for (let pass = 0; pass < passes; pass++) {
        // New project judges each draft as well: that code is warmed too.
        for (const piece of pieces) await pool.run({ kind: 'alignDocs', source: piece.source, target: piece.target, judge: true }, { background: true });
      }
    }),
  );
}

const warmed = new WeakMap<ParseWorker, Promise<void>>();

/**
 * Warms `pool` up once: builds (or reuses) the aligned sample through `sample` — which loads each
 * language's lexicon in its worker — then aligns it `passes` times more, in pieces. Every call for
 * the same pool gets the same promise, whether the warm-up is running or done. It never rejects: the warm-up
 * only saves time, so a failure (a missing sample, a closed pool) is handed to `onError` and the
 * first New project is merely slower.
 */
export function warmUpAlignment(pool: ParseWorker, sample: () => Promise<Project>, onError: (err: unknown) => void = () => {}, passes = WARM_UP_PASSES): Promise<void> {
  let warming = warmed.get(pool);
  if (!warming) {
    warming = sample()
      .then((project) => alignPieces(pool, project, passes))
      .catch((err: unknown) => {
        onError(err);
      });
    warmed.set(pool, warming);
  }
  return warming;
}
