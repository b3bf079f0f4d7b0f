import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listGlossaryFiles, loadGlossaryFiles } from '../services/glossary-files';

const dir = mkdtempSync(join(tmpdir(), 'duizhao-glossary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(join(dir, 'b-terms.csv'), 'zh,en,ru\n冷战思维,Cold War mentality,менталитет холодной войны\n');
writeFileSync(join(dir, 'a-terms.zh-en.tsv'), '零和博弈\tzero-sum game\n');
writeFileSync(join(dir, 'notes.txt'), 'not a term base');
writeFileSync(join(dir, 'latin1.csv'), Buffer.from([0x7a, 0x68, 0x2c, 0x65, 0x6e, 0x0a, 0xe9, 0x2c, 0x65, 0x0a]));
mkdirSync(join(dir, 'sub.tbx'));
const utf16 = '\ufeff<?xml version="1.0" encoding="UTF-16"?>\n<martif type="TBX-Basic"><text><body><termEntry id="e1"><langSet xml:lang="zh"><tig><term>东盟</term></tig></langSet><langSet xml:lang="en"><tig><term>ASEAN</term></tig></langSet></termEntry></body></text></martif>';
writeFileSync(join(dir, 'utf16.tbx'), Buffer.from(utf16, 'utf16le'));

describe('listGlossaryFiles', () => {
  it('lists the .tbx/.csv/.tsv files of a folder, sorted, skipping other files and folders', async () => {
    expect(await listGlossaryFiles(dir)).toEqual(['a-terms.zh-en.tsv', 'b-terms.csv', 'latin1.csv', 'utf16.tbx'].map((n) => join(dir, n)));
  });
});

describe('loadGlossaryFiles', () => {
  it('reads a folder and the shipped glossary/ together and merges them', async () => {
    const shipped = join(__dirname, '..', 'glossary');
    const { termBase, problems, files } = await loadGlossaryFiles([shipped, join(dir, 'b-terms.csv'), join(dir, 'a-terms.zh-en.tsv')]);
    expect(files.slice(-2)).toEqual([join(dir, 'b-terms.csv'), join(dir, 'a-terms.zh-en.tsv')]);
    expect(problems).toEqual([]);
    expect(termBase.concepts.length).toBeGreaterThanOrEqual(100);
    // 冷战思维 and 零和博弈 are in the shipped glossary already: merged, not duplicated.
    expect(termBase.concepts.filter((c) => c.terms.some((t) => t.text === '零和博弈'))).toHaveLength(1);
  });

  it('reads a UTF-16 TBX export (byte-order mark)', async () => {
    const { termBase, problems } = await loadGlossaryFiles([join(dir, 'utf16.tbx')]);
    expect(problems).toEqual([]);
    expect(termBase.concepts.map((c) => c.terms.map((t) => t.text))).toEqual([['东盟', 'ASEAN']]);
  });

  it('reports a file that is not UTF-8 and one that does not exist, and still loads the rest', async () => {
    const missing = join(dir, 'gone.tbx');
    const { termBase, problems } = await loadGlossaryFiles([join(dir, 'latin1.csv'), missing, join(dir, 'b-terms.csv')]);
    expect(termBase.concepts).toHaveLength(1);
    expect(problems).toEqual([
      { file: missing, line: 0, message: 'term base file not found', severity: 'error' },
      { file: join(dir, 'latin1.csv'), line: 1, message: 'cannot read the term base: not valid UTF-8 (or BOM-marked UTF-16) text; save the file as UTF-8', severity: 'error' },
    ]);
  });
});
