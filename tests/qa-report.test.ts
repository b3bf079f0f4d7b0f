import { describe, expect, it } from 'vitest';
import { buildReport, renderHtmlReport, renderJsonReport, renderTextReport, runChecks } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';

const ZH = '双方强调维持建设性大国关系对解决全球战略性问题的重要性。';
const EN = 'The the two sides stress the importance of <constructive> relations & "trust" among major countries, the the core.';
const project = makeProject({ en: [[ZH, EN], ['遗憾的是,并非所有核武器国家都奉行上述立场。', null]] });
project.name = 'Report <test>';
const findings = runChecks(project);
const report = buildReport(project, findings, ['a.zh.txt', 'b.en.txt']);

describe('QA report', () => {
  it('groups findings by bead in reading order and counts them by severity', () => {
    expect(report.groups.map((g) => [g.lang, g.bead, g.findings.map((f) => f.check)])).toEqual([
      ['en', 0, ['words.doubled', 'words.doubled']],
      ['en', 1, ['completeness.omission']],
    ]);
    expect(report.counts).toEqual({ error: 1, warning: 2, info: 0 });
  });

  it('marks the range each finding points at, not the first equal text', () => {
    const second = report.groups[0]?.findings[1];
    expect(second?.marks.target).toEqual({ start: EN.lastIndexOf('the the'), end: EN.lastIndexOf('the the') + 7 });
  });

  it('renders plain text without colour codes unless asked', () => {
    const plain = renderTextReport(report, { colour: false });
    expect(plain).not.toContain('\u001b[');
    expect(plain).toContain('en · bead 1 · source ¶1 · target ¶1');
    expect(plain.trimEnd().split('\n').at(-1)).toBe('1 error, 2 warnings, 0 info');
    expect(renderTextReport(report, { colour: true })).toContain('\u001b[7mThe the\u001b[0m');
    // The completeness line reads the findings it is given: none, so nothing is reported missing.
    expect(renderTextReport(buildReport(project, []), { colour: false })).toBe('Completeness en: 2 of 2 source sentences translated, no gap found\nNo findings.\n');
    expect(plain).toContain('Completeness en: 1 of 2 source sentences translated; 1 not translated\n1 error, 2 warnings, 0 info');
  });

  it('renders JSON with excerpts and sentence context', () => {
    const json = JSON.parse(renderJsonReport(report)) as { findings: Array<{ excerpt: { target?: string }; context: { target: string | null } }> };
    expect(json.findings[0]?.excerpt.target).toBe('The the');
    expect(json.findings[0]?.context.target).toBe(EN);
  });

  it('renders self-contained HTML with every text escaped', () => {
    const html = renderHtmlReport(report);
    expect(html).toContain('<title>QA report: Report &lt;test&gt;</title>');
    expect(html).toContain('&lt;constructive&gt; relations &amp; &quot;trust&quot;');
    expect(html).toContain('<mark>The the</mark>');
    expect(html).not.toMatch(/<script|<link|src=|href=|url\(/i);
    expect(html).toContain("default-src 'none'");
  });
});
