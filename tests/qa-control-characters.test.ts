import { describe, expect, it } from 'vitest';
import { checkBead, createQaContext, runChecks } from '../core/qa';
import type { Finding } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';

const ZH = '双方坚信,各国人民命运与共,各国及各组织不能以牺牲他国安全来保障自身安全。';
const EN = 'The two sides are convinced that all peoples share a common destiny.';
const RU = 'Стороны убеждены, что судьбы всех народов взаимосвязаны.';

const control = (findings: Finding[]): Finding[] => findings.filter((f) => f.check === 'characters.control');

describe('characters.control', () => {
  it('names a bidi override in the translation and points at it', () => {
    const en = EN.replace('common', 'com\u202Emon');
    const [f, ...rest] = control(runChecks(makeProject({ en: [[ZH, en]] })));
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(f?.target?.range).toEqual({ sentence: 'en-s0', start: en.indexOf('\u202E'), end: en.indexOf('\u202E') + 1 });
  });

  it('finds terminal escapes, zero-width spaces and a BOM in Russian, one finding per character kind', () => {
    const ru = `\u001b[31m${RU.replace('всех', 'вс\u200Bех').replace('народов', 'на\u200Bро\u200Bдов')}\uFEFF`;
    const messages = control(runChecks(makeProject({ ru: [[ZH, ru]] }))).map((f) => f.message);
    expect(messages).toEqual([
      'Invisible character U+001B ESCAPE in the translation.',
      'Invisible character U+200B ZERO WIDTH SPACE in the translation (3 times).',
      'Invisible character U+FEFF ZERO WIDTH NO-BREAK SPACE in the translation.',
    ]);
  });

  it('reports the source as info, once even when two languages are aligned', () => {
    const zh = ZH.replace('命运', '命\u200D运');
    const findings = control(runChecks(makeProject({ en: [[zh, EN]], ru: [[zh, RU]] })));
    expect(findings.map((f) => [f.severity, f.lang, f.message])).toEqual([['info', 'en', 'Invisible character U+200D ZERO WIDTH JOINER in the source.']]);
    expect(findings[0]?.source?.range).toEqual({ sentence: 'zh-s0', start: zh.indexOf('\u200D'), end: zh.indexOf('\u200D') + 1 });
  });

  it('leaves clean text, tabs and ordinary spaces alone', () => {
    expect(control(runChecks(makeProject({ en: [[ZH, EN], [ZH, 'Column\tvalue with a no-break\u00A0space.']] })))).toEqual([]);
  });

  it('stays one finding for a hostile run of 100,000 zero-width spaces, and runs live per bead', () => {
    const en = `${EN}${'\u200B'.repeat(100_000)}`;
    const project = makeProject({ en: [[ZH, en]] });
    const live = control(checkBead(project, 'en', 0, createQaContext(project)));
    expect(live.map((f) => f.message)).toEqual(['Invisible character U+200B ZERO WIDTH SPACE in the translation (100000 times).']);
  });

  it('can be switched off like any check', () => {
    const project = makeProject({ en: [[ZH, `${EN}\u0007`]] });
    expect(control(runChecks(project))).toHaveLength(1);
    expect(control(runChecks(project, { disabled: ['characters.control'] }))).toEqual([]);
  });
});
