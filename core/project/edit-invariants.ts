import type { Project, TargetLang } from '../model/types';
import { alignableSentences } from '../model/doc';

/**
 * What is wrong with an alignment, as readable sentences (empty when it is sound): beads must follow
 * reading order on both sides, cover every alignable sentence exactly once, never be empty on both
 * sides, and carry a confidence in [0, 1]. Used by tests and as a guard after edits.
 */
export function alignmentProblems(project: Project, target: TargetLang): string[] {
  const alignment = project.alignments[target];
  if (!alignment) return [];
  const problems: string[] = [];
  const sides = [
    ['src', project.source] as const,
    ['tgt', project.targets[target]] as const,
  ];
  for (const [side, doc] of sides) {
    const expected = doc ? alignableSentences(doc).map((s) => s.id) : [];
    const actual = alignment.beads.flatMap((b) => b[side]);
    if (expected.length !== actual.length) problems.push(`zh→${target} ${side}: ${actual.length} sentence ids in beads, ${expected.length} in the text`);
    const at = expected.findIndex((id, i) => actual[i] !== id);
    if (at >= 0) problems.push(`zh→${target} ${side}: bead order differs from the text at sentence ${at} ("${expected[at]}" expected, "${actual[at] ?? 'nothing'}" found)`);
  }
  alignment.beads.forEach((b, i) => {
    if (b.src.length + b.tgt.length === 0) problems.push(`zh→${target} bead ${i} is empty on both sides`);
    if (!(b.score >= 0 && b.score <= 1)) problems.push(`zh→${target} bead ${i} has confidence ${b.score}`);
  });
  return problems;
}
