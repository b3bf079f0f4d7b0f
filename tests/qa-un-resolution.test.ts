import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import type { TargetLang } from '../core/model';
import { makeProject } from './fixtures/qa/make-project';
import { UN_RESOLUTION } from './fixtures/qa/un-resolution';

/** The resolution as one project per language, paragraph i of the target edited as `edit` says. */
function check(lang: TargetLang, edit?: { at: number; from: string; to: string }) {
  const beads = UN_RESOLUTION.map((p, i): [string, string] => {
    const target = p[lang];
    if (edit?.at !== i) return [p.zh, target];
    if (!target.includes(edit.from)) throw new Error(`paragraph ${i} has no “${edit.from}”`);
    return [p.zh, target.replace(edit.from, edit.to)];
  });
  return runChecks(makeProject({ [lang]: beads }));
}

const at = (text: string): number => UN_RESOLUTION.findIndex((p) => p.zh.includes(text));

describe('QA on a General Assembly resolution (official UN style)', () => {
  it.each(['en', 'ru'] as const)('has nothing to say about the sound %s translation', (lang) => {
    expect(check(lang).map((f) => `${f.bead} ${f.check}: ${f.message}`)).toEqual([]);
  });

  it('reads thousands separated by spaces in the Chinese (3 396 754 100美元) as one figure', () => {
    const budget = at('3 396 754 100');
    const en = check('en', { at: budget, from: '3,396,754,100', to: '3,396,745,100' }).filter((f) => f.bead === budget);
    expect(en.map((f) => f.message)).toEqual(['Number “3 396 754 100” in the source is not in the translation (which has “3,396,745,100”).']);
    expect(check('ru', { at: budget, from: '3 396 754 100', to: '3 396 754 000' }).filter((f) => f.bead === budget)).toHaveLength(1);
  });

  it.each([
    ['en', '第七十八届会议临时议程', 'seventy-eighth', 'seventy-seventh'],
    ['ru', '第七十八届会议临时议程', 'семьдесят восьмой', 'семьдесят седьмой'],
    ['en', '第二条第四项', 'paragraph 4', 'paragraph 3'],
    ['ru', '第二条第四项', 'пункте 4 статьи 2', 'пункте 4 статьи 3'],
    ['ru', '2022年12月9日大会决议', '9 декабря', '9 ноября'],
    ['en', '第十一届紧急特别会议', 'eleventh', 'tenth'],
    ['ru', '第三十四届会议', 'Тридцать четвертая', 'Тридцать третья'],
    ['en', '第45次全体会议', '45th', '54th'],
    ['ru', '每两年', 'два года', 'три года'],
    ['en', 'A/77/443/Add.1', 'para. 12', 'para. 13'],
  ] as const)('reports a changed figure (%s, %s: “%s” → “%s”)', (lang, where, from, to) => {
    const findings = check(lang, { at: at(where), from, to }).filter((f) => f.bead === at(where));
    expect(findings.map((f) => f.check)).toEqual(['numbers.mismatch']);
  });
});
