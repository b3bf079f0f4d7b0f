import type { Project } from '../model/types';
import { TARGET_LANGS } from '../model/types';

/**
 * The first id problem of a project read from a file, or null: a sentence or paragraph id used
 * twice, or a bead naming a sentence its document does not have (or one another bead already
 * took). Such a file loaded silently before and broke edits far from the cause; the message names
 * the id and where it is. Linear in the project's size, no recursion.
 */
export function findIdProblem(project: Project): { path: string; message: string } | null {
  const sides = [['source', project.source] as const, ...TARGET_LANGS.flatMap((t) => (project.targets[t] ? [[`targets.${t}`, project.targets[t]!] as const] : []))];
  const sentencesOf = new Map<string, Set<string>>();
  for (const [where, doc] of sides) {
    const paraIds = new Set<string>();
    const sentenceIds = new Set<string>();
    for (let p = 0; p < doc.paragraphs.length; p++) {
      const para = doc.paragraphs[p]!;
      if (paraIds.has(para.id)) return { path: `${where}.paragraphs.${p}.id`, message: `paragraph id "${para.id}" is used twice in ${where}` };
      paraIds.add(para.id);
      for (let s = 0; s < para.sentences.length; s++) {
        const id = para.sentences[s]!.id;
        if (sentenceIds.has(id)) return { path: `${where}.paragraphs.${p}.sentences.${s}.id`, message: `sentence id "${id}" is used twice in ${where}` };
        sentenceIds.add(id);
      }
    }
    sentencesOf.set(where, sentenceIds);
  }
  for (const t of TARGET_LANGS) {
    const alignment = project.alignments[t];
    if (!alignment) continue;
    const target = sentencesOf.get(`targets.${t}`);
    if (!target) return { path: `alignments.${t}`, message: `an alignment zh→${t} without a ${t} document` };
    const sides2 = [['src', sentencesOf.get('source')!, new Set<string>()], ['tgt', target, new Set<string>()]] as const;
    for (let b = 0; b < alignment.beads.length; b++) {
      const bead = alignment.beads[b]!;
      for (const [side, known, taken] of sides2) {
        const ids = bead[side];
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          const at = `alignments.${t}.beads.${b}.${side}.${i}`;
          if (!known.has(id)) return { path: at, message: `bead ${b + 1} of zh→${t} names sentence "${id}", which the ${side === 'src' ? 'source' : t} document does not have` };
          if (taken.has(id)) return { path: at, message: `sentence "${id}" is in two beads of zh→${t} (again in bead ${b + 1})` };
          taken.add(id);
        }
      }
    }
  }
  return null;
}
