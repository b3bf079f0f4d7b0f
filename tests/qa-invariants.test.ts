import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, runChecks, SEVERITIES } from '../core/qa';
import type { Finding } from '../core/qa';
import type { Project } from '../core/model';
import { makeProject } from './fixtures/qa/make-project';
import type { BeadSpec } from './fixtures/qa/make-project';

/** Real sentence pairs from samples/ (zh, en, ru). */
const PAIRS: Array<[string, string, string]> = [
  ['遗憾的是,并非所有核武器国家都奉行上述立场。', 'Regrettably, not all nuclear-weapon states adhere to the above position.', 'К сожалению, не все ядерные государства придерживаются указанной позиции.'],
  ['双方对此种破坏地区稳定与全球安全的挑衅行为表示强烈谴责。', 'The two sides strongly condemn such provocative acts that undermine regional stability and global security.', 'Стороны решительно осуждают подобные провокационные действия, подрывающие региональную стабильность и глобальную безопасность.'],
  ['双方重申恪守2022年1月3日发表的《五个核武器国家领导人关于防止核战争与避免军备竞赛的联合声明》。', 'The two sides reaffirm their commitment to the Joint Statement of the Leaders of the Five Nuclear-Weapon States issued on 3 January 2022.', 'Стороны подтверждают приверженность Совместному заявлению лидеров пяти ядерных государств от 3 января 2022 года.'],
  ['在第二次世界大战胜利和联合国成立80周年之际,双方强调维护全球战略稳定极其重要。', 'On the 80th anniversary of the victory in World War II and the founding of the United Nations, the two sides stress the importance of global strategic stability.', 'В связи с 80-летием Победы во Второй мировой войне и основания ООН Стороны подчёркивают важность глобальной стратегической стабильности.'],
];

/** Edits a reviser or a bad paste makes: each may or may not create a defect. */
const edit = fc.oneof(
  fc.constant((s: string) => s.replace(' ', '  ')),
  fc.constant((s: string) => `${s} 双方`),
  fc.constant((s: string) => s.replace('the', 'the the')),
  fc.constant((s: string) => `(${s}`),
  fc.constant((s: string) => s.replace(/\d+/, '99')),
  fc.constant((s: string) => s.replace('«', '《')),
  fc.constant((s: string) => s.slice(0, Math.floor(s.length / 3))),
  fc.constant((s: string) => s),
);

const bead = fc.tuple(fc.nat(PAIRS.length - 1), fc.constantFrom<'keep' | 'drop' | 'add'>('keep', 'keep', 'keep', 'drop', 'add'), edit, edit);

function build(specs: Array<[number, 'keep' | 'drop' | 'add', (s: string) => string, (s: string) => string]>): Project {
  const en: BeadSpec[] = [];
  const ru: BeadSpec[] = [];
  for (const [i, kind, editEn, editRu] of specs) {
    const [zh, e, r] = PAIRS[i] ?? PAIRS[0]!;
    if (kind === 'add') {
      en.push([zh, [editEn(e), e]]);
      ru.push([zh, [editRu(r), r]]);
    } else {
      en.push([zh, kind === 'drop' ? null : editEn(e)]);
      ru.push([zh, kind === 'drop' ? null : editRu(r)]);
    }
  }
  return makeProject({ en, ru });
}

function textOf(project: Project, side: 'source' | 'target', f: Finding, id: string): string | undefined {
  const doc = side === 'source' ? project.source : f.lang ? project.targets[f.lang] : undefined;
  return doc?.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === id)?.text;
}

describe('QA invariants on edited sample sentences', () => {
  it('never throws, and every finding names a real check, bead and sentence, with a range inside its text', () => {
    fc.assert(
      fc.property(fc.array(bead, { minLength: 1, maxLength: 12 }), (specs) => {
        const project = build(specs);
        for (const f of runChecks(project)) {
          expect(CHECK_IDS).toContain(f.check);
          expect(SEVERITIES).toContain(f.severity);
          if (f.bead !== null) expect(f.bead).toBeLessThan(project.alignments[f.lang ?? 'en']?.beads.length ?? 0);
          for (const side of ['source', 'target'] as const) {
            const at = f[side];
            if (!at) continue;
            for (const id of at.sentences) expect(textOf(project, side, f, id)).toBeDefined();
            if (at.range) {
              const text = textOf(project, side, f, at.range.sentence) ?? '';
              expect(at.range.start).toBeGreaterThanOrEqual(0);
              expect(at.range.end).toBeLessThanOrEqual(text.length);
              expect(at.range.start).toBeLessThanOrEqual(at.range.end);
            }
          }
        }
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});
