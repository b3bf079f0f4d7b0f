import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportProject } from '../core/formats';
import { buildUnits, sideText } from '../core/formats/export-units';
import { filterUnits } from '../core/formats/unit-filter';
import { sampleProject } from './fixtures/formats/sample-project';
import { hasTool, OMEGAT_JAR } from './helpers/tools';

/**
 * A real CAT tool uses our TMX: OmegaT (Debian's omegat, Java) translates a source file headless
 * from a TMX in tm/auto, and the translated file must equal the targets we exported. `.ci/run`
 * installs it (`apt-get install -y omegat`); elsewhere a machine without it skips loudly.
 */
const OMEGAT = OMEGAT_JAR;
const available = hasTool('omegat');

const PROJECT = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>zh-CN</source_lang>
    <target_lang>LANG</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

describe.skipIf(!available)('OmegaT reads our TMX', () => {
  it('translates the source from tm/auto exactly as exported (zh → ru, 1:1 units)', async () => {
    const p = sampleProject();
    const options = { target: 'ru' as const, skipEmpty: true, mergeNm: false };
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-omegat-'));
    for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'omegat.project'), PROJECT.replace('LANG', 'ru-RU'));
    writeFileSync(join(dir, 'tm', 'auto', 'duizhao.tmx'), (await exportProject(p, 'tmx', options)).data);
    const units = filterUnits(buildUnits(p, ['ru']), options);
    writeFileSync(join(dir, 'source', 'statement.txt'), units.map((u) => sideText(u.source, 'zh')).join('\n\n') + '\n');
    const r = spawnSync('java', ['-Djava.awt.headless=true', '-jar', OMEGAT, dir, '--mode=console-translate', '--disable-project-locking'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const translated = readFileSync(join(dir, 'target', 'statement.txt'), 'utf8');
    expect(translated).toBe(units.map((u) => sideText(u.targets.ru, 'ru')).join('\n\n') + '\n');
  }, 120_000);

  it('leaves an omission untranslated (source text) with the default export, never filled with nothing', async () => {
    const p = sampleProject();
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-omegat-'));
    for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'omegat.project'), PROJECT.replace('LANG', 'ru-RU'));
    // Default options: the zh→ru omission of the fixture is in the TMX as an untranslated unit.
    writeFileSync(join(dir, 'tm', 'auto', 'duizhao.tmx'), (await exportProject(p, 'tmx', { target: 'ru' })).data);
    const units = filterUnits(buildUnits(p, ['ru']), { mergeNm: false });
    writeFileSync(join(dir, 'source', 'statement.txt'), units.map((u) => sideText(u.source, 'zh')).join('\n\n') + '\n');
    const r = spawnSync('java', ['-Djava.awt.headless=true', '-jar', OMEGAT, dir, '--mode=console-translate', '--disable-project-locking'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const translated = readFileSync(join(dir, 'target', 'statement.txt'), 'utf8');
    // OmegaT writes an untranslated segment as its source; the TM's translations go in as they are.
    const expected = units.map((u) => sideText(u.targets.ru, 'ru') || sideText(u.source, 'zh'));
    expect(units.some((u) => sideText(u.targets.ru, 'ru') === '')).toBe(true);
    expect(translated).toBe(expected.join('\n\n') + '\n');
  }, 120_000);

  it('loads a TMX whose added sentence is no <tu> (an x-duizhao-added prop) and translates every source sentence from it (zh → en)', async () => {
    const p = sampleProject();
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-omegat-'));
    for (const sub of ['source', 'target', 'tm/auto', 'glossary', 'dictionary', 'omegat']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'omegat.project'), PROJECT.replace('LANG', 'en-GB'));
    const tmx = (await exportProject(p, 'tmx', { target: 'en' })).data as string;
    // The added en sentence rides in a prop of the unit before it; no <tu> holds it as a segment.
    expect(tmx).toMatch(/<prop type="x-duizhao-added">[^<]*en-p2\/en-s3\/[^<]*<\/prop>/);
    expect(tmx).not.toMatch(/<seg>\[Translator’s note/);
    writeFileSync(join(dir, 'tm', 'auto', 'duizhao.tmx'), tmx);
    // The source has the sentences with a Chinese side; the addition has none to translate.
    const units = filterUnits(buildUnits(p, ['en']), {}).filter((u) => u.source.sentences.length > 0);
    writeFileSync(join(dir, 'source', 'statement.txt'), units.map((u) => sideText(u.source, 'zh')).join('\n\n') + '\n');
    const r = spawnSync('java', ['-Djava.awt.headless=true', '-jar', OMEGAT, dir, '--mode=console-translate', '--disable-project-locking'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const translated = readFileSync(join(dir, 'target', 'statement.txt'), 'utf8');
    expect(translated).toBe(units.map((u) => sideText(u.targets.en, 'en').replace('\u0007', '')).join('\n\n') + '\n');
  }, 120_000);
});
