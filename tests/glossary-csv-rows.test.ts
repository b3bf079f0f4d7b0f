import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTermMatcher, mergeTermBases, parseCsvTermBase, summarizeTermFile } from '../core/glossary';
import { runChecks } from '../core/qa';
import { loadGlossaryFiles } from '../services/glossary-files';
import { makeProject } from './fixtures/qa/make-project';

/** Issue 15 point 7: spreadsheet-made glossary CSVs (short rows, homographs) and one line per file. */

// A spreadsheet drops empty cells at the end of a row: 3 of these 4 rows are short.
const SHORT_ROWS = 'zh,en,ru,note\n冷战思维,Cold War mentality\n零和博弈,zero-sum game,игра с нулевой суммой\n战略稳定,strategic stability,стратегическая стабильность,always\n东盟,ASEAN\n';
// 制度: "system" in politics, "regime" for treaties; one Chinese term, two concepts.
const HOMOGRAPHS = 'zh,en\n制度,system\n制度,regime\n';

describe('glossary CSV rows', () => {
  it('reads missing trailing fields as empty instead of rejecting the row', () => {
    const { concepts, problems } = parseCsvTermBase('terms.csv', SHORT_ROWS);
    expect(problems).toEqual([]);
    expect(concepts.map((c) => c.terms.find((t) => t.lang === 'en')?.text)).toEqual(['Cold War mentality', 'zero-sum game', 'strategic stability', 'ASEAN']);
    expect(concepts[0]!.terms.some((t) => t.lang === 'ru')).toBe(false);
  });

  it('still refuses a row with more fields than the header, naming the line', () => {
    const { concepts, problems } = parseCsvTermBase('terms.csv', 'zh,en\n冷战思维,Cold War mentality,extra\n零和博弈,zero-sum game\n');
    expect(concepts).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ line: 2, severity: 'error', message: expect.stringContaining('too many fields') })]);
  });

  it('loads homographs as separate concepts with no problem, also after merging', () => {
    const parsed = parseCsvTermBase('terms.csv', HOMOGRAPHS);
    expect(parsed.problems).toEqual([]);
    expect(parsed.concepts.map((c) => c.id)).toEqual(['terms.csv:制度', 'terms.csv:制度#2']);
    const merged = mergeTermBases([parsed]);
    expect(merged.problems).toEqual([]);
    expect(merged.termBase.concepts).toHaveLength(2);
  });

  it('a homograph is satisfied by either rendering, and missing both is one finding naming both', () => {
    const matcher = createTermMatcher(mergeTermBases([parseCsvTermBase('terms.csv', HOMOGRAPHS)]).termBase);
    const check = (en: string) => runChecks(makeProject({ en: [['这一制度必须维护。', en]] }), { matcher }).filter((f) => f.check === 'glossary.missing-term');
    expect(check('This regime must be upheld.')).toEqual([]);
    expect(check('This system must be upheld.')).toEqual([]);
    const missing = check('This order must be upheld.');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain("“system” or “regime”");
  });
});

describe('one summary line per file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-gloss-rows-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts concepts per language and names the first of many bad rows once', async () => {
    const rows = ['zh,en,ru'];
    for (let i = 0; i < 500; i++) rows.push(`术语${i},term ${i}`);
    for (let i = 0; i < 300; i++) rows.push(`坏${i},bad,плохо,extra`);
    const file = join(dir, 'big.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { summaries, problems } = await loadGlossaryFiles([file]);
    expect(problems).toHaveLength(300);
    expect(summaries).toEqual([`${file}: 500 concepts loaded: zh 500, en 500; 300 problems — first at ${file}:502: too many fields: the header has 3 columns, the record 4; record skipped`]);
  });

  it('a clean file says only what it loaded', () => {
    const { concepts, problems } = parseCsvTermBase('t.csv', SHORT_ROWS);
    expect(summarizeTermFile('t.csv', concepts, problems)).toBe('t.csv: 4 concepts loaded: zh 4, en 4, ru 2');
  });
});
