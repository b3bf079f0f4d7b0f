/**
 * Resolving a completeness finding (issue 17): "Split off as untranslated" takes the named sentence
 * out of its n:1 / 1:n bead into a 1:0 (0:1) bead of its own, in reading order, as one edit; and
 * "Dismiss" saves the reviewer's word in the project, keyed by text, so it survives re-checks,
 * re-alignment and a save, lapses when the text is edited, and can be taken back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocs } from '../core/align';
import type { Bead, Project } from '../core/model';
import { verdictFingerprint } from '../core/model/verdict';
import { alignmentProblems, EditError, insertEmptyPartner, splitOffSentence } from '../core/project/edit';
import { createHistory, record, undo } from '../core/project/history';
import { parseProject, serializeProject } from '../core/project/serialize';
import { buildReport, dismissalKey, dismissFinding, partitionDismissed, projectSentenceText, renderJsonReport, renderTextReport, restoreDismissal, runChecks } from '../core/qa';
import type { Finding } from '../core/qa';
import { realLexicon } from './align-helpers';
import { buildCli, CLI } from './fixtures/qa/build-cli';
import { makeAlignment, makeDoc, makeProject } from './edit-helpers';

const source = makeDoc('zh', [['电视报道显示，有白烟从工厂里冒出。', '当地政府警告核电站附近的居民，要待在室内。', '周六，他们吃了十三只龙虾。']]);
const target = makeDoc('en', [['Local authorities warned residents near the plant to stay indoors.', 'On Saturday they ate thirteen lobsters.']]);

/** zh-s0 + zh-s1 : en-s0 (zh-s0 untranslated, hidden in a 2:1 bead), then zh-s2 : en-s1. */
function hiddenGapProject(): Project {
  const of = verdictFingerprint(
    [source.paragraphs[0]!.sentences[0]!, source.paragraphs[0]!.sentences[1]!],
    [target.paragraphs[0]!.sentences[0]!],
  );
  const beads: Bead[] = [
    { src: ['zh-s0', 'zh-s1'], tgt: ['en-s0'], score: 0.9, origin: 'auto', verdict: { of, src: [0.6, 0.01], tgt: [0.02], words: [4, 5], uncovered: ['电视 白烟 工厂', '核电站'], fits: [-0.5, 2, 0] } },
    { src: ['zh-s2'], tgt: ['en-s1'], score: 0.9, origin: 'auto' },
  ];
  return makeProject(source, { en: target }, { en: { source: 'zh', target: 'en', beads } });
}

const completeness = (p: Project): Finding[] => runChecks(p).filter((f) => f.check.startsWith('completeness.'));

describe('split off as untranslated', () => {
  it('takes the first member of a 2:1 bead into a 1:0 bead before the rest, and the gap becomes an omission Alt+N fills', () => {
    const p = hiddenGapProject();
    const [gap] = completeness(p);
    expect(gap?.check).toBe('completeness.hidden-gap');
    const q = splitOffSentence(p, 'en', 'src', gap!.source!.sentences[0]!);
    expect(q.alignments.en!.beads.map((b) => [b.src, b.tgt])).toEqual([
      [['zh-s0'], []],
      [['zh-s1'], ['en-s0']],
      [['zh-s2'], ['en-s1']],
    ]);
    expect(alignmentProblems(q, 'en')).toEqual([]);
    const after = completeness(q);
    expect(after.map((f) => [f.check, f.source?.sentences])).toEqual([['completeness.omission', ['zh-s0']]]);
    // The rest of the bead keeps its (refingerprinted) verdict: its evidence still counts.
    expect(q.alignments.en!.beads[1]!.verdict).toMatchObject({ src: [0.01], tgt: [0.02], uncovered: ['核电站'] });
    expect(q.alignments.en!.beads[1]!.verdict!.fits).toBeUndefined();
    // Alt+N: an empty partner to type (or draft) the translation into, before en-s0 in reading order.
    const filled = insertEmptyPartner(q, 'en', 0);
    expect(filled.project.targets.en!.paragraphs[0]!.sentences.map((s) => s.id)).toEqual([filled.sentenceId, 'en-s0', 'en-s1']);
    expect(alignmentProblems(filled.project, 'en')).toEqual([]);
  });

  it('puts a last member after the rest, and a target sentence of a 1:2 bead into a 0:1 bead', () => {
    const p = hiddenGapProject();
    const last = splitOffSentence(p, 'en', 'src', 'zh-s1');
    expect(last.alignments.en!.beads.slice(0, 2).map((b) => [b.src, b.tgt])).toEqual([
      [['zh-s0'], ['en-s0']],
      [['zh-s1'], []],
    ]);
    const t = makeDoc('en', [['Television showed white smoke.', 'Our correspondent adds a note.', 'On Saturday they ate thirteen lobsters.']]);
    const s = makeDoc('zh', [['电视报道显示，有白烟。', '周六，他们吃了十三只龙虾。']]);
    const twoTargets = makeProject(s, { en: t }, { en: makeAlignment('en', s, t, [[1, 2], [1, 1]]) });
    const q = splitOffSentence(twoTargets, 'en', 'tgt', 'en-s1');
    expect(q.alignments.en!.beads.map((b) => [b.src, b.tgt])).toEqual([
      [['zh-s0'], ['en-s0']],
      [[], ['en-s1']],
      [['zh-s1'], ['en-s2']],
    ]);
    expect(completeness(q).map((f) => [f.check, f.target?.sentences])).toContainEqual(['completeness.addition', ['en-s1']]);
  });

  it('cuts the other side of a middle member by the text share, and refuses when it cannot be divided', () => {
    const s = makeDoc('zh', [['第一句话讲的是天气很好。', '第二句。', '第三句话讲的是大家都很高兴。']]);
    const t = makeDoc('en', [['The first sentence says the weather is fine.', 'The third says everyone is happy.']]);
    const p = makeProject(s, { en: t }, { en: makeAlignment('en', s, t, [[3, 2]]) });
    const q = splitOffSentence(p, 'en', 'src', 'zh-s1');
    expect(q.alignments.en!.beads.map((b) => [b.src, b.tgt])).toEqual([
      [['zh-s0'], ['en-s0']],
      [['zh-s1'], []],
      [['zh-s2'], ['en-s1']],
    ]);
    const one = makeDoc('en', [['The first and the third sentence, in one.']]);
    const p1 = makeProject(s, { en: one }, { en: makeAlignment('en', s, one, [[3, 1]]) });
    expect(() => splitOffSentence(p1, 'en', 'src', 'zh-s1')).toThrow(/cannot be divided/);
  });

  it('refuses a sentence that is already on its own or not aligned, and leaves the project unchanged', () => {
    const p = splitOffSentence(hiddenGapProject(), 'en', 'src', 'zh-s0');
    expect(() => splitOffSentence(p, 'en', 'src', 'zh-s0')).toThrow(EditError);
    expect(() => splitOffSentence(p, 'en', 'src', 'zh-s99')).toThrow(/not in the zh→en alignment/);
  });

  it('is one undo step', () => {
    const p = hiddenGapProject();
    let h = createHistory(p);
    h = record(h, splitOffSentence(p, 'en', 'src', 'zh-s0'), { label: 'split off as untranslated' });
    expect(h.present.state.alignments.en!.beads).toHaveLength(3);
    expect(undo(h).present.state).toBe(p);
  });
});

describe('dismiss', () => {
  it('hides the finding, survives a save, a re-check and a re-alignment, and can be taken back', () => {
    const p = hiddenGapProject();
    const [gap] = completeness(p);
    const d = dismissFinding(p, gap!);
    expect(d.settings.dismissed).toEqual([expect.objectContaining({ check: 'completeness.hidden-gap', lang: 'en', text: '电视报道显示，有白烟从工厂里冒出。' })]);
    expect(dismissFinding(d, gap!)).toBe(d); // twice is once
    expect(partitionDismissed(d, completeness(d)).shown).toEqual([]);
    const loaded = parseProject(serializeProject(d), 'x.duizhao.json');
    const again = partitionDismissed(loaded, completeness(loaded));
    expect(again).toEqual({ shown: [], dismissed: [expect.objectContaining({ check: 'completeness.hidden-gap' })] });
    // Split off: the same sentence is now an omission; the reviewer's word still covers it.
    const split = splitOffSentence(loaded, 'en', 'src', 'zh-s0');
    expect(partitionDismissed(split, completeness(split)).shown).toEqual([]);
    // Re-aligned from scratch: new beads, new indexes; whatever reports zh-s0 as untranslated stays hidden.
    const realigned: Project = { ...loaded, alignments: { en: alignDocs(source, target, { lexicon: realLexicon() }) } };
    const shown = partitionDismissed(realigned, completeness(realigned)).shown;
    expect(shown.flatMap((f) => f.source?.sentences ?? [])).not.toContain('zh-s0');
    // Taken back: shown again.
    const restored = restoreDismissal(loaded, loaded.settings.dismissed![0]!.key);
    expect(restored.settings.dismissed).toBeUndefined();
    expect(partitionDismissed(restored, completeness(restored)).shown).toHaveLength(1);
  });

  it('lapses when the named sentence is edited, and does not hide the same claim about another sentence', () => {
    const p = dismissFinding(hiddenGapProject(), completeness(hiddenGapProject())[0]!);
    const para = p.source.paragraphs[0]!;
    const edited: Project = { ...p, source: { ...p.source, paragraphs: [{ ...para, sentences: [{ ...para.sentences[0]!, text: '电视报道显示，有黑烟从工厂里冒出。' }, ...para.sentences.slice(1)] }] } };
    const f: Finding = { ...completeness(p)[0]! };
    expect(dismissalKey(f, projectSentenceText(edited))).not.toBe(dismissalKey(f, projectSentenceText(p)));
    const other: Finding = { ...f, source: { sentences: ['zh-s2'], para: 0 } };
    expect(partitionDismissed(p, [other]).shown).toEqual([other]);
  });

  it('is counted in the reports, which leave the dismissed findings out', () => {
    const p = hiddenGapProject();
    const d = dismissFinding(p, completeness(p)[0]!);
    const { shown, dismissed } = partitionDismissed(d, runChecks(d));
    const report = { ...buildReport(d, shown), dismissed: dismissed.length };
    expect(renderTextReport(report, { colour: false })).toMatch(/1 dismissed finding not shown/);
    expect(JSON.parse(renderJsonReport(report))).toMatchObject({ dismissed: 1 });
    expect(JSON.parse(renderJsonReport(report)).findings.map((f: Finding) => f.check)).not.toContain('completeness.hidden-gap');
  });

  it('old project files without dismissals still load', () => {
    const p = hiddenGapProject();
    const text = serializeProject(p);
    expect(text).not.toMatch(/dismissed/);
    expect(parseProject(text, 'old.duizhao.json').settings.dismissed).toBeUndefined();
  });
});

describe('duizhao check on a project with dismissals', () => {
  it('leaves them out and says how many', () => {
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-dismiss-'));
    const p = hiddenGapProject();
    const file = join(dir, 'p.duizhao.json');
    writeFileSync(file, serializeProject(dismissFinding(p, completeness(p)[0]!)));
    const run = (...args: string[]) => execFileSync(process.execPath, [CLI, 'check', file, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const text = run();
    expect(text).not.toMatch(/probably not translated/);
    expect(text).toMatch(/1 dismissed finding not shown \(dismissed in the project\)/);
    expect(JSON.parse(run('--format', 'json'))).toMatchObject({ dismissed: 1 });
    // Without the dismissal the same project reports it.
    writeFileSync(file, serializeProject(p));
    expect(run()).toMatch(/probably not translated \(probability 60%\)/);
  }, 60_000);
});

describe('in the grid', () => {
  it('marks the source sentence a hidden gap names, not only the bead’s translation', async () => {
    const { placeFindings, rowLookup } = await import('../renderer/src/state/findings');
    const { buildRows } = await import('../core/project/edit');
    const p = hiddenGapProject();
    const rows = buildRows(p);
    const text = projectSentenceText(p);
    const [placed] = placeFindings(completeness(p), rows, rowLookup(rows), (lang, id) => text(lang === 'zh' ? 'src' : 'tgt', lang === 'zh' ? null : lang, id));
    expect(placed?.sourceMark).toEqual({ sentenceId: 'zh-s0', start: 0, end: '电视报道显示，有白烟从工厂里冒出。'.length });
  });
});

describe('duizhao check --mt', () => {
  it('takes one MT line per source sentence as alignment evidence, and names the file when the count is wrong', () => {
    buildCli();
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-check-mt-'));
    const write = (name: string, lines: string[]) => {
      writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
      return join(dir, name);
    };
    const zh = write('src.txt', ['电视报道显示，有白烟从工厂里冒出。', '当地政府警告核电站附近的居民，要待在室内。', '周六，他们吃了十三只龙虾。']);
    const en = write('tgt.txt', ['Local authorities warned residents near the nuclear plant to stay indoors.', 'On Saturday they ate thirteen lobsters.']);
    const mt = write('mt.txt', ['TV reports showed white smoke coming out of the factory.', 'Local authorities warned residents near the nuclear power plant to stay indoors.', 'On Saturday, they ate thirteen lobsters.']);
    const short = write('short.txt', ['Only one line.']);
    const run = (...args: string[]) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [CLI, 'check', zh, en, '--presegmented', '--format', 'json', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
      } catch (err) {
        const e = err as { status: number; stdout: string; stderr: string };
        return { code: e.status, out: e.stdout + e.stderr };
      }
    };
    const bad = run('--mt', short);
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/short\.txt: 1 lines of machine translation for 3 source sentences/);
    const withMt = run('--mt', mt);
    const report = JSON.parse(withMt.out.slice(0, withMt.out.lastIndexOf('}') + 1)) as { findings: Finding[] };
    const named = report.findings.filter((f) => f.check.startsWith('completeness.')).flatMap((f) => f.source?.sentences ?? []);
    expect(named).toContain('zh-s0');
  }, 60_000);
});
