/**
 * The completeness headline (issue 17): per target language, how many source sentences are
 * translated, not translated, or doubtful, and how many target sentences have no source — read from
 * the findings the reviewer sees, so the report's first figures and its list agree.
 */
import { describe, expect, it } from 'vitest';
import type { Bead, Project } from '../core/model';
import { verdictFingerprint } from '../core/model/verdict';
import type { Finding } from '../core/qa';
import { buildReport, completenessTally, dismissFinding, partitionDismissed, renderHtmlReport, renderJsonReport, renderTextReport, runChecks, tallyLine } from '../core/qa';
import { makeDoc, makeProject as makeEditProject } from './edit-helpers';
import { makeProject } from './fixtures/qa/make-project';

const ZH = ['双方强调维持建设性大国关系的重要性。', '遗憾的是，并非所有核武器国家都奉行上述立场。', '双方将继续加强协调。', '双方同意于明年举行下一次会晤。'];
const EN = ['The two sides stress the importance of constructive relations among major countries.', 'Regrettably, not all nuclear-weapon States share this position.', 'The two sides will continue to strengthen coordination.', 'The two sides agreed to hold the next meeting next year.'];

/** zh-s0 + zh-s1 : en-s0, zh-s0 untranslated inside the 2:1 bead (its verdict says so), then 1:1. */
function hiddenGapProject(): Project {
  const source = makeDoc('zh', [['电视报道显示，有白烟从工厂里冒出。', '当地政府警告核电站附近的居民，要待在室内。', '周六，他们吃了十三只龙虾。']]);
  const target = makeDoc('en', [['Local authorities warned residents near the plant to stay indoors.', 'On Saturday they ate thirteen lobsters.']]);
  const of = verdictFingerprint([source.paragraphs[0]!.sentences[0]!, source.paragraphs[0]!.sentences[1]!], [target.paragraphs[0]!.sentences[0]!]);
  const beads: Bead[] = [
    { src: ['zh-s0', 'zh-s1'], tgt: ['en-s0'], score: 0.9, origin: 'auto', verdict: { of, src: [0.6, 0.01], tgt: [0.02], words: [4, 5], uncovered: ['电视 白烟 工厂', '核电站'], fits: [-0.5, 2, 0] } },
    { src: ['zh-s2'], tgt: ['en-s1'], score: 0.9, origin: 'auto' },
  ];
  return makeEditProject(source, { en: target }, { en: { source: 'zh', target: 'en', beads } });
}

describe('completeness tally', () => {
  it('counts a stretch reported once as unconfirmed as doubtful, neither untranslated nor added', () => {
    // zh-s1 (1:0) beside en-s1 (0:1), with a stretch verdict saying they translate each other.
    const source = makeDoc('zh', [[ZH[0]!, ZH[1]!, ZH[2]!]]);
    const target = makeDoc('en', [[EN[0]!, EN[1]!, EN[2]!]]);
    const s1 = source.paragraphs[0]!.sentences[1]!;
    const t1 = target.paragraphs[0]!.sentences[1]!;
    const lone = { src: [0.9], tgt: [], gap: [0.9], stretch: 0.02 };
    const beads: Bead[] = [
      { src: ['zh-s0'], tgt: ['en-s0'], score: 0.9, origin: 'auto' },
      { src: ['zh-s1'], tgt: [], score: 0.9, origin: 'auto', verdict: { of: verdictFingerprint([s1], []), ...lone } },
      { src: [], tgt: ['en-s1'], score: 0.9, origin: 'auto', verdict: { of: verdictFingerprint([], [t1]), ...lone, src: [], tgt: [0.9] } },
      { src: ['zh-s2'], tgt: ['en-s2'], score: 0.9, origin: 'auto' },
    ];
    const p = makeEditProject(source, { en: target }, { en: { source: 'zh', target: 'en', beads } });
    const findings = runChecks(p).filter((f) => f.check.startsWith('completeness.'));
    expect(findings.map((f) => f.check)).toEqual(['completeness.unconfirmed-stretch']);
    expect(completenessTally(p, findings)).toEqual([{ lang: 'en', sources: 3, translated: 2, untranslated: 0, doubtful: 1, additions: 0 }]);
  });

  it('in the app (blank rows counted at once), a blank row whose omission was dismissed is left out, not still to check', () => {
    const project = makeProject({ en: [[ZH[0]!, EN[0]!], [ZH[1]!, null], [ZH[2]!, EN[2]!]] });
    const omission = runChecks(project).find((f) => f.check === 'completeness.omission')!;
    expect(completenessTally(project, [omission], { blankIsUntranslated: true })).toEqual([{ lang: 'en', sources: 3, translated: 2, untranslated: 1, doubtful: 0, additions: 0, leftOut: 0 }]);
    // The reviewer says the sentence is left out on purpose: the finding is hidden, the row stays blank.
    const dismissed = dismissFinding(project, omission);
    const seen = partitionDismissed(dismissed, runChecks(dismissed)).shown;
    expect(seen.some((f) => f.check === 'completeness.omission')).toBe(false);
    expect(completenessTally(dismissed, seen, { blankIsUntranslated: true })).toEqual([{ lang: 'en', sources: 3, translated: 2, untranslated: 0, doubtful: 0, additions: 0, leftOut: 1 }]);
  });

  it('counts a 1:0 bead as not translated and a 0:1 bead as an addition, from the checks on real sentences', () => {
    const project = makeProject({
      en: [[ZH[0]!, EN[0]!], [ZH[1]!, null], [ZH[2]!, EN[2]!], [null, 'The weather in Beijing was sunny all week.'], [ZH[3]!, EN[3]!]],
      ru: [[ZH[0]!, 'Стороны подчёркивают важность конструктивных отношений между крупными державами.'], [ZH[1]!, 'К сожалению, не все ядерные государства разделяют эту позицию.'], [ZH[2]!, 'Стороны продолжат укреплять координацию.'], [ZH[3]!, 'Стороны договорились провести следующую встречу в следующем году.']],
    });
    const findings = runChecks(project);
    expect(completenessTally(project, findings)).toEqual([
      { lang: 'en', sources: 4, translated: 3, untranslated: 1, doubtful: 0, additions: 1 },
      { lang: 'ru', sources: 4, translated: 4, untranslated: 0, doubtful: 0, additions: 0 },
    ]);
  });

  it('counts a sentence hidden in a 2:1 bead as doubtful, and as translated once the reviewer dismisses the finding', () => {
    const p = hiddenGapProject();
    const findings = runChecks(p);
    expect(completenessTally(p, findings)).toEqual([{ lang: 'en', sources: 3, translated: 2, untranslated: 0, doubtful: 1, additions: 0 }]);
    const gap = findings.find((f) => f.check === 'completeness.hidden-gap')!;
    const d = dismissFinding(p, gap);
    const { shown } = partitionDismissed(d, runChecks(d));
    expect(completenessTally(d, shown)).toEqual([{ lang: 'en', sources: 3, translated: 3, untranslated: 0, doubtful: 0, additions: 0 }]);
  });

  it('counts every sentence of an untranslated end, which the check reports once at its first bead', () => {
    const project = makeProject({ en: [[ZH[0]!, EN[0]!], [ZH[1]!, EN[1]!], [ZH[2]!, null], [ZH[3]!, null]] });
    const tail: Finding = { check: 'completeness.untranslated-tail', severity: 'error', message: 'The translation stops here.', lang: 'en', bead: 2, source: { sentences: ['zh-s2'], para: 2 }, target: null };
    expect(completenessTally(project, [tail])).toEqual([{ lang: 'en', sources: 4, translated: 2, untranslated: 2, doubtful: 0, additions: 0 }]);
    // The same two sentences reported one by one are not counted twice.
    const omissions = runChecks(project).filter((f) => f.check === 'completeness.omission');
    expect(omissions.map((f) => f.source?.sentences)).toEqual([['zh-s2'], ['zh-s3']]);
    expect(completenessTally(project, [tail, ...omissions])[0]).toMatchObject({ translated: 2, untranslated: 2 });
  });

  it('with blankIsUntranslated, an emptied translation counts before any check has run', () => {
    const project = makeProject({ en: [[ZH[0]!, EN[0]!], [ZH[1]!, '  ']] });
    expect(completenessTally(project, [])[0]).toMatchObject({ translated: 2, untranslated: 0 });
    expect(completenessTally(project, [], { blankIsUntranslated: true })[0]).toMatchObject({ translated: 1, untranslated: 1 });
  });

  it('says it in words, in the text, JSON and HTML reports', () => {
    expect(tallyLine({ lang: 'ru', sources: 156, translated: 152, untranslated: 1, doubtful: 2, additions: 1 })).toBe(
      'ru: 152 of 156 source sentences translated; 1 not translated, 2 possibly incomplete, 1 target sentence with no source',
    );
    expect(tallyLine({ lang: 'en', sources: 1, translated: 1, untranslated: 0, doubtful: 0, additions: 0 })).toBe('en: 1 of 1 source sentence translated, no gap found');
    const p = hiddenGapProject();
    const report = buildReport(p, runChecks(p));
    const text = renderTextReport(report, { colour: false }).trimEnd().split('\n');
    expect(text.at(-2)).toBe('Completeness en: 2 of 3 source sentences translated; 1 possibly incomplete');
    expect(JSON.parse(renderJsonReport(report)).completeness).toEqual([{ lang: 'en', sources: 3, translated: 2, untranslated: 0, doubtful: 1, additions: 0 }]);
    expect(renderHtmlReport(report)).toContain('<ul class="completeness"><li>en: 2 of 3 source sentences translated; 1 possibly incomplete</li></ul>');
  });
});
